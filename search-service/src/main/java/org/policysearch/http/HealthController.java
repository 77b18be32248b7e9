package org.policysearch.http;

import io.javalin.http.Context;
import java.util.Set;
import org.policysearch.search.IndexInfo;

/** {@code /api/health}: whether the service answers, and from which index build. */
final class HealthController {

    static final String OK = "ok";

    private final Lease.Source backends;

    HealthController(Lease.Source backends) {
        this.backends = backends;
    }

    void health(Context ctx) {
        Requests.params(ctx, Set.of());
        try (Lease lease = backends.lease()) {
            IndexInfo info = lease.backend().info();
            ctx.header(Requests.INDEX_VERSION_HEADER, info.version());
            ctx.json(new Responses.Health(OK, info.documents(), info.tasks(), info.builtAt(), info.version()));
        }
    }
}
