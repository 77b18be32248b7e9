package org.policysearch.index;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.parse.CorpusReader;
import org.policysearch.parse.ParsedFile;
import org.policysearch.parse.SeedCorpus;

/** The repository's seed corpus for index-builder tests, and sources that read it with a twist. */
public final class TestCorpus {

    private TestCorpus() {
    }

    static IndexBuilder.Source source() {
        return IndexBuilder.Source.corpus(new CorpusReader(AgencyRegistry.bundled()), SeedCorpus.path());
    }

    /** The corpus's files, each read by {@code read} (which may call {@link #source()}). */
    static IndexBuilder.Source reading(Function<Path, ParsedFile> read) {
        return new IndexBuilder.Source() {
            @Override
            public List<Path> files() throws java.io.IOException {
                return source().files();
            }

            @Override
            public ParsedFile read(Path file) {
                return read.apply(file);
            }
        };
    }
}
