package org.policysearch.http;

import io.javalin.http.Context;
import java.util.concurrent.TimeUnit;
import org.policysearch.search.SearchBackend;
import org.policysearch.search.SearchResult;

/** {@code /api/search} and {@code /api/agencies/leading}: one search, two views of its matches. */
final class SearchController {

    private final SearchBackend backend;

    SearchController(SearchBackend backend) {
        this.backend = backend;
    }

    void search(Context ctx) {
        SearchParams params = SearchParams.parse(Requests.params(ctx, SearchParams.NAMES));
        long start = System.nanoTime();
        SearchResult result = backend.search(params.toRequest());
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        ctx.header(Requests.INDEX_VERSION_HEADER, result.version());
        ctx.json(new Responses.Search(params.q(), result.total(), params.page(), params.size(), tookMs,
                result.hits(), result.facets(), params, result.version()));
    }

    /** The ranking alone, as SPEC §4 gives it; the index version is in the header. */
    void leading(Context ctx) {
        SearchParams params = SearchParams.parse(Requests.params(ctx, SearchParams.NAMES));
        ctx.json(backend.whoLeads(params.toRequest()));
        Requests.version(ctx, backend);
    }
}
