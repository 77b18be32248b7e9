package org.policysearch.http;

import io.javalin.http.Context;
import java.util.Set;
import org.policysearch.search.IndexInfo;
import org.policysearch.search.SearchBackend;

/** {@code /api/health}: whether the service answers, and from which index build. */
final class HealthController {

    static final String OK = "ok";

    private final SearchBackend backend;

    HealthController(SearchBackend backend) {
        this.backend = backend;
    }

    void health(Context ctx) {
        Requests.params(ctx, Set.of());
        IndexInfo info = backend.info();
        ctx.header(Requests.INDEX_VERSION_HEADER, info.version());
        ctx.json(new Responses.Health(OK, info.documents(), info.tasks(), info.builtAt(), info.version()));
    }
}
