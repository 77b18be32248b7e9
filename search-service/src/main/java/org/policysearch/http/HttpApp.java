package org.policysearch.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Locale;
import org.policysearch.search.SearchBackend;

/**
 * The service: the JSON API of SPEC §4 and the page, configured in one place. Controllers turn
 * HTTP into {@link SearchBackend} calls; the search package knows nothing of HTTP.
 */
public final class HttpApp {

    /** The classpath folder the build copies the page into. */
    static final String PAGE_FOLDER = "web-static";
    /** Big enough for a maximal query percent-encoded (1000 Han characters are 9000 bytes). */
    static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;

    private HttpApp() {
    }

    /**
     * A configured server, not started. The backend follows new index builds by itself (one
     * shared reader, swapped under reference counting), so the app holds it for its lifetime.
     */
    public static Javalin create(SearchBackend backend, HttpConfig config) {
        ObjectMapper json = ApiJson.mapper();
        SearchController search = new SearchController(backend);
        DocumentController documents = new DocumentController(backend);
        ExportController export = new ExportController(backend);
        HealthController health = new HealthController(backend);
        OpenApi openApi = OpenApi.load();
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.prefer405over404 = true;
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(json)));
            cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors(json)));
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = PAGE_FOLDER;
                files.location = Location.CLASSPATH;
            });
            cfg.bundledPlugins.enableGlobalHeaders(headers -> headers.getHeaders().putAll(SecurityHeaders.ALL));
            if (!config.allowedOrigins().isEmpty()) {
                cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> config.allowedOrigins().forEach(rule::allowHost)));
            }
            cfg.requestLogger.http((ctx, ms) -> config.requestLog().accept(String.format(Locale.ROOT, "%s %s%s %d %.1fms",
                    ctx.method(), ctx.path(), ctx.queryString() == null ? "" : "?" + ctx.queryString(),
                    ctx.statusCode(), ms)));
            ErrorMapping.register(cfg.routes);
            cfg.routes.get("/api/search", search::search);
            cfg.routes.get("/api/agencies/leading", search::leading);
            cfg.routes.get("/api/export", export::export);
            cfg.routes.get("/api/tasks/{" + DocumentController.TASK_ID + "}", documents::task);
            cfg.routes.get("/api/documents", documents::documents);
            cfg.routes.get("/api/documents/{" + DocumentController.DOC_ID + "}", documents::document);
            cfg.routes.get("/api/health", health::health);
            cfg.routes.get(OpenApi.PATH, ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApi.bytes()));
        });
    }
}
