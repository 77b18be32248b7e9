package org.policysearch.bench;

import java.nio.file.Path;

/** The repository's seed corpus, seen from the benchmarks module, for the tests that read it. */
final class SeedCorpusDir {

    static final Path PATH = Path.of("..", "corpus");

    private SeedCorpusDir() {
    }
}
