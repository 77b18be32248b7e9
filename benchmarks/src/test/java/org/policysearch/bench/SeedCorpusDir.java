package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.index.IndexBuilder;
import org.policysearch.index.IndexLocation;
import org.policysearch.parse.CorpusReader;

/** The repository's seed corpus, seen from the benchmarks module, for the tests that read it. */
final class SeedCorpusDir {

    static final Path PATH = Path.of("..", "corpus");

    private SeedCorpusDir() {
    }

    /** Builds the seed corpus's index under {@code root}, as {@code policy-search index} would, and returns root. */
    static Path index(Path root) throws IOException {
        return index(root, PATH);
    }

    /** Builds the index of the notices in {@code corpus} under {@code root} and returns root. */
    static Path index(Path root, Path corpus) throws IOException {
        AgencyRegistry registry = AgencyRegistry.bundled();
        new IndexBuilder(registry, 1, IndexBuilder.Listener.NONE)
                .build(IndexBuilder.Source.corpus(new CorpusReader(registry), corpus), new IndexLocation(root));
        return root;
    }
}
