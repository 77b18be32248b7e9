package org.policysearch.http;

import io.javalin.Javalin;
import java.io.IOException;

/**
 * The running service: one live backend over the current index build and the app that serves it.
 * Closing stops the server first, so no request is left holding a backend that is closing.
 */
public final class Service implements AutoCloseable {

    /** How often the service looks for a newly published build: a one-line file read. */
    public static final long WATCH_MILLIS = 1000;

    private final LiveBackend backend;
    private final Javalin app;

    private Service(LiveBackend backend, Javalin app) {
        this.backend = backend;
        this.app = app;
    }

    /** Opens the current build and serves it on {@code port} (0: any free port), following new builds. */
    public static Service start(LiveBackend.BuildLocator builds, LiveBackend.Opener opener, int port, HttpConfig config)
            throws IOException {
        LiveBackend backend = new LiveBackend(builds, opener).watch(WATCH_MILLIS);
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

    public LiveBackend backend() {
        return backend;
    }

    @Override
    public void close() {
        app.stop();
        backend.close();
    }
}
