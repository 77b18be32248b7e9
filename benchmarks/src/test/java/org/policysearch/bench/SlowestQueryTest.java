package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report names each class's slowest query by its own median: timed calls rotate through the
 * class's queries, call i of each launch asking query i mod size.
 */
class SlowestQueryTest {

    private static final BenchQuery BROAD = new BenchQuery(QueryClass.COMMON_WORD, "自治区", List.of("自治区"), null, null);
    private static final BenchQuery NARROW = new BenchQuery(QueryClass.COMMON_WORD, "葡萄酒", List.of("葡萄酒"), null, null);
    private static final BenchQuery FILTERED = new BenchQuery(QueryClass.FILTER_YEAR, "制造业", List.of("制造业"), 2011, null);

    private static final long MS = 1_000_000;

    @Test
    void theQueryWithTheHighestOwnMedianIsNamedNotTheOneWithTheSingleSlowestCall() {
        // 自治区 at 14, 15, 16 ms; 葡萄酒 at 9, 10 and one 40 ms hiccup.
        long[] nanos = {14 * MS, 9 * MS, 15 * MS, 40 * MS, 16 * MS, 10 * MS};
        SearchLatency.Timed timed = SearchLatency.Timed.of(List.of(BROAD, NARROW), List.of(nanos));
        assertEquals(BROAD, timed.slowest());
        assertEquals(15.0, timed.slowestP50Ms());
        assertEquals(6, timed.latency().count());
        assertEquals("first search; slowest query `自治区`, p50 15.00 ms", timed.withSlowest("first search"));
    }

    @Test
    void aQueryAskedFewerTimesThanTheOthersIsMeasuredOnItsOwnCalls() {
        // Five calls over two queries: the first is asked three times, the second twice.
        long[] nanos = {2 * MS, 7 * MS, 3 * MS, 8 * MS, 4 * MS};
        SearchLatency.Timed timed = SearchLatency.Timed.of(List.of(BROAD, FILTERED), List.of(nanos));
        assertEquals(FILTERED, timed.slowest());
        assertEquals(7.0, timed.slowestP50Ms());
        assertEquals("x; slowest query `制造业` year=2011, p50 7.00 ms", timed.withSlowest("x"));
    }

    @Test
    void eachLaunchRotatesFromTheFirstQuery() {
        // Two launches of three calls: 自治区, 葡萄酒, 自治区 in each; 自治区 at 5, 6, 7, 8 ms, 葡萄酒 at 30, 31.
        SearchLatency.Timed timed = SearchLatency.Timed.of(List.of(BROAD, NARROW),
                List.of(new long[] {5 * MS, 30 * MS, 6 * MS}, new long[] {7 * MS, 31 * MS, 8 * MS}));
        assertEquals(NARROW, timed.slowest());
        assertEquals(30.0, timed.slowestP50Ms());
        assertEquals(6, timed.latency().count());
        assertEquals(7.0, timed.latency().p50Ms());
        assertEquals("x; slowest query `葡萄酒`, p50 30.00 ms; p50 by launch 6.00 · 8.00 ms", timed.withSlowest("x"));
    }
}
