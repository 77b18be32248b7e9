package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search latency timed in child JVMs over a real index of the seed corpus, handed back whole and pooled. */
class LatencyProcessTest {

    private static final int PER_CLASS = 5;
    private static final List<BenchQuery> MIX = List.of(
            new BenchQuery(QueryClass.COMMON_WORD, "自治区", List.of("自治区"), null, null),
            new BenchQuery(QueryClass.COMMON_WORD, "发展", List.of("发展"), null, null),
            new BenchQuery(QueryClass.WHO_LEADS, "扶贫", List.of("扶贫"), null, null));

    @TempDir
    static Path dir;

    @Test
    void everyClassOfTheMixIsTimedInTheChildAndPooledOverLaunches() throws Exception {
        Path log = dir.resolve("latency.log");
        List<Map<QueryClass, SearchLatency.Samples>> launches = List.of(
                LatencyProcess.run(SeedCorpusDir.index(), MIX, 1, PER_CLASS, "256m", log),
                LatencyProcess.run(SeedCorpusDir.index(), MIX, 1, PER_CLASS - 1, "256m", log));
        for (Map<QueryClass, SearchLatency.Samples> launch : launches) {
            assertEquals(List.of(QueryClass.COMMON_WORD, QueryClass.WHO_LEADS), List.copyOf(launch.keySet()));
        }

        Map<QueryClass, SearchLatency.Timings> timings = SearchLatency.pooled(MIX, launches);
        assertEquals(List.of(QueryClass.COMMON_WORD, QueryClass.WHO_LEADS), List.copyOf(timings.keySet()));
        for (SearchLatency.Timings t : timings.values()) {
            assertEquals(2 * PER_CLASS - 1, t.first().latency().count());
            assertEquals(2 * PER_CLASS - 1, t.repeated().count());
            assertTrue(t.first().latency().p50Ms() > 0, "a search takes time");
        }
        assertTrue(MIX.subList(0, 2).contains(timings.get(QueryClass.COMMON_WORD).first().slowest()),
                "the slowest query is one of its class: " + timings.get(QueryClass.COMMON_WORD).first().slowest());
        assertEquals(MIX.get(2), timings.get(QueryClass.WHO_LEADS).first().slowest());
    }

    @Test
    void theChildGetsTheHarnessChoiceOfHeapPagesAndNothingElse() {
        assertEquals(List.of("-XX:+UseTransparentHugePages"), LatencyProcess.pageOptions(List.of("-Xmx12g",
                "-XX:+UseTransparentHugePages", "-XX:StartFlightRecording=filename=run.jfr", "-Dlog=x")));
        assertEquals(List.of("-XX:+UseTransparentHugePages", "-XX:-UseTransparentHugePages"),
                LatencyProcess.pageOptions(List.of("-XX:+UseTransparentHugePages", "-XX:-UseTransparentHugePages")),
                "a user's option after the launcher's still wins");
        assertEquals(List.of(), LatencyProcess.pageOptions(List.of("-Xmx12g")));
    }

    @Test
    void aChildThatFailsNamesItsLog() throws IOException {
        Path log = dir.resolve("missing.log");
        Path missing = dir.resolve("no-index");
        IOException failure = assertThrows(IOException.class,
                () -> LatencyProcess.run(missing, MIX, 1, PER_CLASS, "256m", log));

        assertTrue(failure.getMessage().contains(log.toString()), failure.getMessage());
        String error = Files.readString(log);
        assertTrue(error.contains(missing.toAbsolutePath() + ": no index here"), error);
    }
}
