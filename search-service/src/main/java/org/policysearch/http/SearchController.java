package org.policysearch.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.policysearch.search.LeadRanking;
import org.policysearch.search.SearchBackend;
import org.policysearch.search.SearchResult;

/** {@code /api/search} and {@code /api/agencies/leading}: one search, two views of its matches. */
final class SearchController {

    private final Lease.Source backends;

    SearchController(Lease.Source backends) {
        this.backends = backends;
    }

    void search(Context ctx) {
        SearchParams params = SearchParams.parse(Requests.params(ctx, SearchParams.NAMES));
        try (Lease lease = backends.lease()) {
            SearchBackend backend = lease.backend();
            long start = System.nanoTime();
            SearchResult result = backend.search(params.toRequest());
            long tookMs = elapsedMs(start);
            String version = Requests.version(ctx, backend);
            ctx.json(new Responses.Search(params.q(), result.total(), params.page(), params.size(), tookMs,
                    result.hits(), result.facets(), params, version));
        }
    }

    /** The ranking alone, as SPEC §4 gives it; the index version is in the header. */
    void leading(Context ctx) {
        SearchParams params = SearchParams.parse(Requests.params(ctx, SearchParams.NAMES));
        try (Lease lease = backends.lease()) {
            SearchBackend backend = lease.backend();
            List<LeadRanking> ranking = backend.whoLeads(params.toRequest());
            Requests.version(ctx, backend);
            ctx.json(ranking);
        }
    }

    private static long elapsedMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
