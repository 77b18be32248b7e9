package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ripgrep over the archive folder, as a researcher would grep: {@code rg -c -F WORD DIR}, counting
 * matching lines. A task is one line in most notices, so lines approximate tasks; PDF text breaks
 * lines mid-sentence, where a line-based grep misses a word split over two lines.
 */
final class RipgrepPeer {

    static final String ENGINE = "ripgrep";

    private final Path corpusDir;
    private final Map<QueryClass, List<BenchQuery>> textClasses = new EnumMap<>(QueryClass.class);
    private final Map<QueryClass, List<Long>> nanos = new EnumMap<>(QueryClass.class);
    private final Map<BenchQuery, Long> lines = new HashMap<>();

    /** Times the text classes of {@code queries} over the archive folder {@code corpusDir}. */
    RipgrepPeer(Path corpusDir, List<BenchQuery> queries) {
        this.corpusDir = corpusDir;
        for (BenchQuery q : queries) {
            if (q.queryClass().textOnly()) {
                textClasses.computeIfAbsent(q.queryClass(), c -> new ArrayList<>()).add(q);
            }
        }
    }

    /**
     * One untimed call, which reads the whole archive: the first timed round found the 1 GB archive
     * out of the page cache in a run of 2026-12-07 (one call of 4.7 s against 0.3 s).
     */
    void warmUp() throws IOException, InterruptedException {
        Optional<BenchQuery> any = textClasses.values().stream().flatMap(List::stream).findFirst();
        if (any.isPresent()) {
            Processes.check(command(any.get(), corpusDir), null, 0, 1);
        }
    }

    /** One timed call of every query. */
    void round() throws IOException, InterruptedException {
        for (List<BenchQuery> ofClass : textClasses.values()) {
            for (BenchQuery q : ofClass) {
                Processes.Result r = Processes.check(command(q, corpusDir), null, 0, 1);
                lines.put(q, sum(r.stdout()));
                nanos.computeIfAbsent(q.queryClass(), c -> new ArrayList<>()).add(r.nanos());
            }
        }
    }

    /** A row per text class over the rounds so far; {@code truth}: per query, the tasks literally containing it. */
    List<PeerResult> results(Map<BenchQuery, Long> truth) {
        List<PeerResult> out = new ArrayList<>();
        textClasses.forEach((c, ofClass) -> {
            long found = 0;
            long expected = 0;
            for (BenchQuery q : ofClass) {
                found += lines.getOrDefault(q, 0L);
                expected += truth.get(q);
            }
            long[] timed = nanos.getOrDefault(c, List.of()).stream().mapToLong(Long::longValue).toArray();
            out.add(new PeerResult(ENGINE, c, Latency.ofNanos(timed),
                    found, expected, expected == 0 ? 1 : Math.min(1.0, found / (double) expected),
                    "matching lines, not tasks"));
        });
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
