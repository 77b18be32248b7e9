package org.policysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.parse.CorpusReader;
import org.policysearch.parse.ParsedFile;

/**
 * A build that stalls half way, for {@link IndexBuilderTest} to kill: run in a child JVM with
 * {@code corpusDir indexRoot}; after the first files are parsed and added it prints
 * {@link #STALLED} and waits to be killed.
 */
public final class StalledBuild {

    static final String STALLED = "stalled";

    private StalledBuild() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path corpus = Path.of(args[0]);
        CorpusReader reader = new CorpusReader(AgencyRegistry.bundled());
        AtomicInteger read = new AtomicInteger();
        IndexBuilder.Source stalling = new IndexBuilder.Source() {
            @Override
            public List<Path> files() throws IOException {
                return reader.files(corpus);
            }

            @Override
            public ParsedFile read(Path file) {
                if (read.incrementAndGet() == 4) {
                    System.out.println(STALLED);
                    System.out.flush();
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return reader.read(corpus, file);
            }
        };
        new IndexBuilder(AgencyRegistry.bundled(), 1, IndexBuilder.Listener.NONE)
                .build(stalling, new IndexLocation(Path.of(args[1])));
    }
}
