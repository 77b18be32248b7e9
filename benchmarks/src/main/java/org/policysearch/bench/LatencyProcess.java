package org.policysearch.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policysearch.search.LuceneSearchBackend;
import org.policysearch.search.LuceneSearchBackend.Caching;
import org.policysearch.search.SearchBackend;

/**
 * Times the searches in a JVM of their own that holds only the index, with the heap (size and
 * pages) {@code serve} is given: in the harness' own JVM, which holds a size's task table and
 * literal truth (gigabytes at 1 GB), the collector's work on that heap showed in the searches'
 * times. At 1 GB on one index: common words p50/p99 15.6/36.0 ms in the harness (run of
 * 2026-12-03, 11:56 UTC) against 8.5–9.9/12.2–20.3 ms in a JVM of its own.
 */
final class LatencyProcess {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<BenchQuery>> QUERIES = new TypeReference<>() {
    };
    private static final TypeReference<Map<QueryClass, SearchLatency.Samples>> SAMPLES = new TypeReference<>() {
    };

    private LatencyProcess() {
    }

    /**
     * The durations of the mix's calls on {@code index}, from a child JVM of the harness' own JDK and class path
     * with {@code -Xmx}{@code heap}; its diagnostics go to {@code log}.
     */
    static Map<QueryClass, SearchLatency.Samples> run(Path index, List<BenchQuery> mix, int warmUpRounds,
                                                     int perClass, String heap, Path log)
            throws IOException, InterruptedException {
        Path queries = Files.createTempFile(log.getParent(), "latency-queries", ".json");
        try {
            JSON.writeValue(queries.toFile(), mix);
            String java = ProcessHandle.current().info().command()
                    .orElseThrow(() -> new IOException("cannot tell which java runs the harness"));
            List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
            command.addAll(pageOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), LatencyProcess.class.getName(),
                    index.toAbsolutePath().toString(), queries.toString(), String.valueOf(warmUpRounds),
                    String.valueOf(perClass)));
            Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
            child.getOutputStream().close();
            byte[] out = child.getInputStream().readAllBytes();
            int code = child.waitFor();
            if (code != 0) {
                throw new IOException("the search latency process exited with " + code + "; see " + log);
            }
            return JSON.readValue(out, SAMPLES);
        } finally {
            Files.deleteIfExists(queries);
        }
    }

    /**
     * The harness' own choice of heap pages among its JVM options ({@code page_options} of
     * bin/lib/jdk.sh, which gives the same to {@code serve}): the counting of a broad search reads
     * its columns at scattered places, and its time depends on the page size.
     */
    static List<String> pageOptions(List<String> jvmOptions) {
        return jvmOptions.stream().filter(option -> option.matches("-XX:[+-]UseTransparentHugePages")).toList();
    }

    /** Arguments: index, queries (JSON), warm-up rounds, timed calls per class; prints the durations as JSON. */
    public static void main(String[] args) throws IOException {
        Path index = Path.of(args[0]);
        List<BenchQuery> mix = JSON.readValue(Path.of(args[1]).toFile(), QUERIES);
        int warmUpRounds = Integer.parseInt(args[2]);
        int perClass = Integer.parseInt(args[3]);
        try (SearchBackend uncached = LuceneSearchBackend.open(index, Caching.OFF);
             SearchBackend cached = LuceneSearchBackend.open(index)) {
            SearchLatency.warmUp(uncached, cached, mix, warmUpRounds);
            JSON.writeValue(System.out, SearchLatency.time(uncached, cached, mix, perClass));
        }
    }
}
