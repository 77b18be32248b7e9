package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ripgrep over the archive folder, as a researcher would grep: {@code rg -c -F WORD DIR}, counting
 * matching lines. A task is one line in most notices, so lines approximate tasks; PDF text breaks
 * lines mid-sentence, where a line-based grep misses a word split over two lines.
 */
final class RipgrepPeer {

    static final String ENGINE = "ripgrep";

    private RipgrepPeer() {
    }

    /** {@code truth}: for each query, the number of tasks literally containing it. */
    static List<PeerResult> run(Path corpusDir, List<BenchQuery> queries, Map<BenchQuery, Long> truth, int rounds)
            throws IOException, InterruptedException {
        List<PeerResult> out = new ArrayList<>();
        for (QueryClass c : QueryClass.values()) {
            List<BenchQuery> ofClass = queries.stream().filter(q -> q.queryClass() == c).toList();
            if (!c.textOnly() || ofClass.isEmpty()) {
                continue;
            }
            List<Long> nanos = new ArrayList<>();
            long lines = 0;
            long expected = 0;
            for (BenchQuery q : ofClass) {
                long found = 0;
                for (int round = 0; round < rounds; round++) {
                    Processes.Result r = Processes.check(command(q, corpusDir), null, 0, 1);
                    found = sum(r.stdout());
                    nanos.add(r.nanos());
                }
                lines += found;
                expected += truth.get(q);
            }
            out.add(new PeerResult(ENGINE, c, Latency.ofNanos(nanos.stream().mapToLong(Long::longValue).toArray()),
                    lines, expected, expected == 0 ? 1 : Math.min(1.0, lines / (double) expected),
                    "matching lines, not tasks"));
        }
        return out;
    }

    private static List<String> command(BenchQuery q, Path dir) {
        List<String> literals = q.literals();
        if (literals.size() == 1) {
            return List.of("rg", "-c", "-F", "--no-filename", "-e", literals.get(0), dir.toString());
        }
        // Both words on one line: the first rg selects lines, the second counts those with the other.
        return List.of("sh", "-c", "rg -F --no-filename -N -e \"$1\" \"$3\" | rg -c -F -e \"$2\"", "rg-and",
                literals.get(0), literals.get(1), dir.toString());
    }

    private static long sum(String counts) {
        long total = 0;
        for (String line : counts.split("\n")) {
            if (!line.isBlank()) {
                total += Long.parseLong(line.strip());
            }
        }
        return total;
    }
}
