package org.policysearch.http;

import io.javalin.http.Context;
import java.util.Set;
import org.policysearch.search.Limits;
import org.policysearch.search.SearchBackend;

/** What every controller reads from a request, read the same strict way. */
final class Requests {

    /** Every API response names the index build it answered from. */
    static final String INDEX_VERSION_HEADER = "X-Index-Version";

    private Requests() {
    }

    /** The index build's version, in a header: also on the bodies that are not its own fields. */
    static String version(Context ctx, SearchBackend backend) {
        String version = backend.info().version();
        ctx.header(INDEX_VERSION_HEADER, version);
        return version;
    }

    static QueryParams params(Context ctx, Set<String> allowed) {
        return QueryParams.parse(ctx.queryString(), allowed);
    }

    /** A path parameter that names an id: no query parameters are taken beside it. */
    static String id(Context ctx, String name) {
        params(ctx, Set.of());
        String id = ctx.pathParam(name);
        QueryParams.rejectControlCharacters(name, id);
        if (id.length() > Limits.MAX_FILTER_VALUE_LENGTH) {
            throw ApiException.notFound(name, "no " + name + " is that long");
        }
        return id;
    }
}
