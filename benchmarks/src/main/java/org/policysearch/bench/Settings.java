package org.policysearch.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run measures and where it works.
 *
 * @param root            the checkout (bin/policy-search, corpus/)
 * @param work            generated archives, task tables, indexes and peer databases (never committed)
 * @param queriesPerClass timed searches per query class, after the warm-up
 * @param rounds          rounds of the search timing and ripgrep, in turns; the timed searches are shared among them
 * @param prepareOnly     only generate the archives, task tables and FTS5 databases a later run reuses
 * @param reuseIndexes    beyond the first size, serve the index an earlier run built instead of building it
 */
public record Settings(Path root, Path work, Path out, List<String> sizes, long seed, List<Integer> threads,
                       int queriesPerClass, int warmUpRounds, int rounds, int wrkSeconds,
                       List<Integer> connections, String serveHeap, boolean http, boolean peers, boolean prepareOnly,
                       boolean reuseIndexes, String command) {

    public Settings {
        sizes = List.copyOf(sizes);
        threads = List.copyOf(threads);
        connections = List.copyOf(connections);
    }

    public Path seedCorpus() {
        return root.resolve("corpus");
    }

    public int maxThreads() {
        return threads.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    String name(String kind, String size) {
        return name(kind, size, seed);
    }

    /** How generated things are named: {@code archive-100MB-s42}, {@code tasks-1GB-s42.tsv}. */
    static String name(String kind, String size, long seed) {
        return kind + "-" + Sizes.label(size) + "-s" + seed;
    }
}
