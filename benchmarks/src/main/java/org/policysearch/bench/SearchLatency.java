package org.policysearch.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policysearch.search.SearchBackend;
import org.policysearch.search.SearchRequest;

/**
 * Query latency through the search core, in process: each call computes the page of hits, the
 * drill-sideways facets and the highlights (or the who-leads ranking), as the API would.
 */
final class SearchLatency {

    static final String ENGINE = "policy-search";
    /** Hits per page, as the page shows them. */
    static final int PAGE_SIZE = 10;

    private SearchLatency() {
    }

    static SearchRequest request(BenchQuery q) {
        return new SearchRequest(q.q(), q.lead() == null ? List.of() : List.of(q.lead()), List.of(),
                q.year() == null ? List.of() : List.of(q.year()), null, null, List.of(), List.of(),
                1, PAGE_SIZE, SearchRequest.Sort.RELEVANCE, false);
    }

    /** Runs the whole mix {@code rounds} times, untimed, so that the JIT and the caches settle. */
    static void warmUp(SearchBackend backend, List<BenchQuery> queries, int rounds) {
        for (int r = 0; r < rounds; r++) {
            for (BenchQuery q : queries) {
                once(backend, q);
            }
        }
    }

    private static long once(SearchBackend backend, BenchQuery q) {
        SearchRequest request = request(q);
        return q.queryClass() == QueryClass.WHO_LEADS ? backend.whoLeads(request).size() : backend.search(request).total();
    }

    /**
     * Per class: {@code perClass} timed calls rotating through the class's queries; hits and truth
     * summed over the distinct queries; recall from the full result sets of the queries whose ids
     * the truth kept.
     */
    static List<PeerResult> measure(SearchBackend backend, List<BenchQuery> queries, LiteralTruth truth, int perClass) {
        List<PeerResult> out = new ArrayList<>();
        for (QueryClass c : QueryClass.values()) {
            List<BenchQuery> ofClass = queries.stream().filter(q -> q.queryClass() == c).toList();
            if (ofClass.isEmpty()) {
                continue;
            }
            long[] nanos = new long[perClass];
            for (int i = 0; i < perClass; i++) {
                BenchQuery q = ofClass.get(i % ofClass.size());
                long start = System.nanoTime();
                once(backend, q);
                nanos[i] = System.nanoTime() - start;
            }
            long hits = 0;
            long expected = 0;
            long found = 0;
            long checked = 0;
            for (BenchQuery q : ofClass) {
                expected += truth.counts().get(q);
                if (c != QueryClass.WHO_LEADS) {
                    hits += backend.search(request(q)).total();
                }
                Set<String> ids = truth.ids(q);
                if (ids != null && c != QueryClass.WHO_LEADS) {
                    Set<String> returned = new HashSet<>();
                    backend.export(request(q), t -> returned.add(t.taskId()));
                    returned.retainAll(ids);
                    found += returned.size();
                    checked += ids.size();
                }
            }
            out.add(new PeerResult(ENGINE, c, Latency.ofNanos(nanos), c == QueryClass.WHO_LEADS ? -1 : hits, expected,
                    checked == 0 ? Double.NaN : found / (double) checked,
                    c == QueryClass.WHO_LEADS ? "ranking of lead agencies" : "top 10 + facets + highlights"));
        }
        return out;
    }
}
