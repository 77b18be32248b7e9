package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.util.IOUtils;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.index.IndexBuilder;
import org.policysearch.index.IndexLocation;
import org.policysearch.parse.CorpusReader;

/** The repository's seed corpus, seen from the benchmarks module, for the tests that read it. */
final class SeedCorpusDir {

    static final Path PATH = Path.of("..", "corpus");

    private SeedCorpusDir() {
    }

    private static Path shared;

    /**
     * The seed corpus's index, built once per test JVM (as {@code policy-search index} would) for
     * every test that only reads it, and removed when the JVM exits.
     */
    static synchronized Path index() throws IOException {
        if (shared == null) {
            Path root = Files.createTempDirectory("policy-search-seed-index");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    IOUtils.rm(root);
                } catch (IOException e) {
                    System.err.println("could not remove " + root + ": " + e);
                }
            }));
            shared = index(root, PATH);
        }
        return shared;
    }

    /** Builds the index of the notices in {@code corpus} under {@code root} and returns root. */
    static Path index(Path root, Path corpus) throws IOException {
        AgencyRegistry registry = AgencyRegistry.bundled();
        new IndexBuilder(registry, 1, IndexBuilder.Listener.NONE)
                .build(IndexBuilder.Source.corpus(new CorpusReader(registry), corpus), new IndexLocation(root));
        return root;
    }
}
