package org.policysearch.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.policysearch.search.SearchBackend;
import org.policysearch.search.SearchRequest;

/**
 * Query latency through the search core, timed in {@link LatencyProcess}: each call computes the
 * page of hits, the drill-sideways facets and the highlights (or the who-leads ranking), as the
 * API would. Searches are timed twice: as first searches, on a backend without caches, so that
 * every call does all the work of a question the index has not been asked; and as repeated
 * searches, on a backend with the serve path's caches, which the warm-up has filled with every
 * query's answer.
 */
final class SearchLatency {

    /** First searches: the figures the targets and the peers are judged on. */
    static final String ENGINE = "policy-search";
    /** The same searches answered from the cache. */
    static final String REPEATED = "policy-search (repeated)";
    /** Hits per page, as the page shows them. */
    static final int PAGE_SIZE = 10;

    private SearchLatency() {
    }

    static SearchRequest request(BenchQuery q) {
        return new SearchRequest(q.q(), q.lead() == null ? List.of() : List.of(q.lead()), List.of(),
                q.year() == null ? List.of() : List.of(q.year()), null, null, List.of(), List.of(),
                1, PAGE_SIZE, SearchRequest.Sort.RELEVANCE, false);
    }

    /**
     * Runs the whole mix {@code rounds} times, untimed, each query on both backends in turn, so that
     * the JIT has seen both before either is timed. Warmed one backend after the other, the
     * cached one's calls made the JIT recompile the shared code while the first searches were
     * timed.
     */
    static void warmUp(SearchBackend uncached, SearchBackend cached, List<BenchQuery> queries, int rounds) {
        for (int r = 0; r < rounds; r++) {
            for (BenchQuery q : queries) {
                once(uncached, q);
                once(cached, q);
            }
        }
    }

    private static long once(SearchBackend backend, BenchQuery q) {
        SearchRequest request = request(q);
        return q.queryClass() == QueryClass.WHO_LEADS ? backend.whoLeads(request).size() : backend.search(request).total();
    }

    /** A class's first searches and the same searches repeated. */
    record Timings(Timed first, Latency repeated) {
    }

    /**
     * The durations of one launch's calls of a class, first searches and repeated ones; call i asked
     * the class's query i mod its query count.
     */
    record Samples(long[] first, long[] repeated) {
    }

    /**
     * Per class: {@code perClass} timed calls rotating through the class's queries on the uncached
     * backend, then as many on the cached one.
     */
    static Map<QueryClass, Samples> time(SearchBackend uncached, SearchBackend cached, List<BenchQuery> queries,
                                         int perClass) {
        Map<QueryClass, Samples> out = new EnumMap<>(QueryClass.class);
        for (QueryClass c : QueryClass.values()) {
            List<BenchQuery> ofClass = ofClass(queries, c);
            if (!ofClass.isEmpty()) {
                out.put(c, new Samples(timed(uncached, ofClass, perClass), timed(cached, ofClass, perClass)));
            }
        }
        return out;
    }

    /** Each class's timings over the calls of all launches. */
    static Map<QueryClass, Timings> pooled(List<BenchQuery> queries, List<Map<QueryClass, Samples>> launches) {
        Map<QueryClass, Timings> out = new EnumMap<>(QueryClass.class);
        for (QueryClass c : QueryClass.values()) {
            List<Samples> ofClass = launches.stream().map(launch -> launch.get(c)).filter(Objects::nonNull).toList();
            if (!ofClass.isEmpty()) {
                Timed first = Timed.of(ofClass(queries, c), ofClass.stream().map(Samples::first).toList());
                out.put(c, new Timings(first, Latency.ofNanos(concat(ofClass.stream().map(Samples::repeated).toList()))));
            }
        }
        return out;
    }

    /**
     * The rows of each timed class: hits and truth summed over the distinct queries, recall from the
     * full result sets of the queries whose ids the truth kept. Both backends find the same tasks,
     * so the repeated row repeats the first row's hits and recall.
     */
    static List<PeerResult> results(SearchBackend backend, List<BenchQuery> queries, LiteralTruth truth,
                                    Map<QueryClass, Timings> timings) {
        List<PeerResult> out = new ArrayList<>();
        timings.forEach((c, timing) -> {
            List<BenchQuery> ofClass = ofClass(queries, c);
            long expected = 0;
            for (BenchQuery q : ofClass) {
                expected += truth.counts().get(q);
            }
            Timed first = timing.first();
            if (c == QueryClass.WHO_LEADS) {
                out.add(new PeerResult(ENGINE, c, first.latency(), -1, expected, Double.NaN,
                        first.withSlowest("ranking of lead agencies")));
                out.add(new PeerResult(REPEATED, c, timing.repeated(), -1, expected, Double.NaN,
                        "repeated ranking, from the cache"));
                return;
            }
            long hits = 0;
            long found = 0;
            long checked = 0;
            for (BenchQuery q : ofClass) {
                hits += backend.search(request(q)).total();
                Set<String> ids = truth.ids(q);
                if (ids != null) {
                    Set<String> returned = new HashSet<>();
                    backend.export(request(q), t -> returned.add(t.taskId()));
                    returned.retainAll(ids);
                    found += returned.size();
                    checked += ids.size();
                }
            }
            double recall = checked == 0 ? Double.NaN : found / (double) checked;
            out.add(new PeerResult(ENGINE, c, first.latency(), hits, expected, recall,
                    first.withSlowest("first search: top 10 + facets + highlights")));
            out.add(new PeerResult(REPEATED, c, timing.repeated(), hits, expected, recall,
                    "repeated search: the page from the cache"));
        });
        return out;
    }

    private static List<BenchQuery> ofClass(List<BenchQuery> queries, QueryClass c) {
        return queries.stream().filter(q -> q.queryClass() == c).toList();
    }

    /** The durations of {@code calls} timed calls rotating through {@code queries}. */
    private static long[] timed(SearchBackend backend, List<BenchQuery> queries, int calls) {
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            BenchQuery q = queries.get(i % queries.size());
            long start = System.nanoTime();
            once(backend, q);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(LongStream::of).toArray();
    }

    /**
     * The calls of one class, the query whose own median was the highest (a class's p99 is mostly the
     * slow runs of its broadest query, which the report names) and each launch's median, which
     * the report gives when there were several: how far one launch may stray from another.
     */
    record Timed(Latency latency, BenchQuery slowest, double slowestP50Ms, List<Double> launchP50Ms) {

        /**
         * From the durations of each launch's calls, which rotated through {@code queries}: call i of a
         * launch asked query i mod size.
         */
        static Timed of(List<BenchQuery> queries, List<long[]> launches) {
            BenchQuery slowest = null;
            double slowestP50 = Double.NaN;
            for (int k = 0; k < queries.size(); k++) {
                int first = k;
                long[] own = launches.stream()
                        .flatMapToLong(nanos -> IntStream.iterate(first, i -> i < nanos.length, i -> i + queries.size())
                                .mapToLong(i -> nanos[i]))
                        .toArray();
                if (own.length == 0) {
                    continue;
                }
                double p50 = Latency.ofNanos(own).p50Ms();
                if (slowest == null || p50 > slowestP50) {
                    slowest = queries.get(k);
                    slowestP50 = p50;
                }
            }
            return new Timed(Latency.ofNanos(concat(launches)), slowest, slowestP50,
                    launches.stream().map(nanos -> Latency.ofNanos(nanos).p50Ms()).toList());
        }

        String withSlowest(String note) {
            String out = slowest == null ? note
                    : String.format(Locale.ROOT, "%s; slowest query %s, p50 %.2f ms", note, slowest.describe(), slowestP50Ms);
            if (launchP50Ms.size() < 2) {
                return out;
            }
            return out + launchP50Ms.stream().map(p50 -> String.format(Locale.ROOT, "%.2f", p50))
                    .collect(Collectors.joining(" · ", "; p50 by launch ", " ms"));
        }
    }
}
