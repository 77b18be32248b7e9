package org.policysearch.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.policysearch.search.BadQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception into the one error shape. Client errors say what was wrong and with which
 * parameter; anything else is a generic 500 that never shows a stack trace, class name or detail
 * (those go to the log).
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    static final String INTERNAL_MESSAGE = "internal error; the server log has the details";

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.code(), e.getMessage(), e.param()));
        routes.exception(BadQueryException.class,
                (e, ctx) -> write(ctx, ErrorCode.BAD_QUERY, e.getMessage(), e.param()));
        routes.exception(HttpResponseException.class, ErrorMapping::httpStatus);
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, ErrorCode.INTERNAL, INTERNAL_MESSAGE, null);
        });
    }

    /** Javalin's own answers: no route (404), a route without this method (405), and the like. */
    private static void httpStatus(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        ErrorCode code = ErrorCode.forStatus(status);
        String message = switch (code) {
            case NOT_FOUND -> "no such endpoint: " + ctx.method() + " " + ctx.path();
            case METHOD_NOT_ALLOWED -> ctx.method() + " is not allowed on " + ctx.path() + "; the API answers GET";
            case INTERNAL -> INTERNAL_MESSAGE;
            default -> HttpStatus.forStatus(status).getMessage().toLowerCase(Locale.ROOT);
        };
        if (code == ErrorCode.INTERNAL) {
            LOG.error("{} {} failed with status {}", ctx.method(), ctx.path(), status, e);
        }
        writeStatus(ctx, status, code, message, null);
    }

    private static void write(Context ctx, ErrorCode code, String message, String param) {
        writeStatus(ctx, code.status(), code, message, param);
    }

    private static void writeStatus(Context ctx, int status, ErrorCode code, String message, String param) {
        if (ctx.res().isCommitted()) {
            // An export already under way cannot become an error body. Cut the connection so the
            // client sees a failed download, not a complete-looking truncated file.
            LOG.warn("{} {} aborted after the response began: {}", ctx.method(), ctx.path(), message);
            ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel()
                    .abort(new IOException("response aborted: " + message));
            return;
        }
        // Whatever a handler had begun (an export's first rows, its attachment header) is not the answer.
        ctx.res().resetBuffer();
        ctx.removeHeader(Header.CONTENT_DISPOSITION);
        ctx.status(status).json(ErrorBody.of(code, message, param));
    }
}
