package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** First and repeated searches in the report: the target is judged on first searches, both are shown. */
class SearchLatencyReportTest {

    private static final Report.SizeReport SIZE = new Report.SizeReport("10MB",
            new Report.Archive(10_000_000, 40, 50, 18_000, 6_000_000, 1.5, null),
            new Report.Throughput(List.of(), null, null, List.of(), List.of(), List.of(), List.of(), null),
            new Report.IndexSize(9_000_000, 0.9),
            List.of(result(SearchLatency.ENGINE, 4.0, 25.0, "first search: top 10 + facets + highlights"),
                    result(SearchLatency.REPEATED, 1.0, 3.0, "repeated search: top 10 + highlights, total and facets cached")),
            List.of(), null);

    private static PeerResult result(String engine, double p50, double p99, String note) {
        return new PeerResult(engine, QueryClass.COMMON_WORD, new Latency(300, p50, p99, p50, p99), 1_234, 1_234, 1.0,
                note);
    }

    @Test
    void theLatencyTargetIsJudgedOnFirstSearches() {
        assertEquals(new Report.Target("search with facets and highlights p99 < 20 ms, every class (10MB)",
                        "worst p99 25.0 ms, first search (repeated search 3.0 ms)", false),
                Targets.evaluate(List.of(SIZE)).getFirst());
    }

    @Test
    void theQueryTableShowsBothRowsOfAClass() {
        Report report = new Report("bin/benchmark --sizes 10MB", new Machine(2, "cpu", 8_000, "jdk", "os", "date"),
                "0.1", "0.2", 42, List.of(), List.of(SIZE), Targets.evaluate(List.of(SIZE)), List.of());
        String md = ReportWriter.markdown(report);
        assertTrue(md.contains("""
                | common word | policy-search | 300 | 4.00 | 25.00 | 1,234 | 1,234 | 1.0000 | first search: top 10 + facets + highlights |
                | common word | policy-search (repeated) | 300 | 1.00 | 3.00 | 1,234 | 1,234 | 1.0000 | repeated search: top 10 + highlights, total and facets cached |
                """), md);
    }
}
