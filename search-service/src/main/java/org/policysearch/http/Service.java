package org.policysearch.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import org.policysearch.search.LuceneSearchBackend;

/**
 * The running service: the backend over an index location and the app that serves it. The
 * backend switches to each build that {@code index} publishes there. Closing stops the server
 * first, so that no request is still reading when the index closes.
 */
public final class Service implements AutoCloseable {

    private final LuceneSearchBackend backend;
    private final Javalin app;

    private Service(LuceneSearchBackend backend, Javalin app) {
        this.backend = backend;
        this.app = app;
    }

    /** Serves the index under {@code indexDir} on {@code port} (0: any free port). */
    public static Service start(Path indexDir, int port, HttpConfig config) throws IOException {
        LuceneSearchBackend backend = LuceneSearchBackend.open(indexDir);
        try {
            return new Service(backend, HttpApp.create(backend, config).start(port));
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() throws IOException {
        app.stop();
        backend.close();
    }
}
