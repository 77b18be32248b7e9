package org.policysearch.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.IndexInfo;
import org.policysearch.search.LeadRanking;
import org.policysearch.search.SearchBackend;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchResult;
import org.policysearch.task.TaskRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backend of the index build that is current now. When {@code index} swaps in a new build,
 * {@link #refresh()} opens it, switches new requests to it, and closes the old backend once the
 * last request still reading it (counted) is done: no request fails during a swap.
 */
public final class LiveBackend implements SearchBackend, Lease.Source {

    private static final Logger LOG = LoggerFactory.getLogger(LiveBackend.class);

    /** Opens the backend of one build folder. */
    @FunctionalInterface
    public interface Opener {
        SearchBackend open(Path build) throws IOException;
    }

    private final BuildLocator locator;
    private final Opener opener;
    private final AtomicReference<Generation> current;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "index-watcher");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    /** Where the current build is; asked often, so it must be cheap (a pointer file, a symlink). */
    @FunctionalInterface
    public interface BuildLocator {
        Path currentBuild() throws IOException;
    }

    public LiveBackend(BuildLocator locator, Opener opener) throws IOException {
        this.locator = locator;
        this.opener = opener;
        Path build = locator.currentBuild();
        this.current = new AtomicReference<>(new Generation(build, opener.open(build)));
    }

    /** Checks for a new build every {@code millis} ms in the background, until {@link #close()}. */
    public LiveBackend watch(long millis) {
        watcher.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Switches to the current build if it is not the one served; true when it switched. */
    public synchronized boolean refresh() throws IOException {
        Path build = locator.currentBuild();
        if (closed || build.equals(current.get().build)) {
            return false;
        }
        Generation next = new Generation(build, opener.open(build));
        current.getAndSet(next).release();
        LOG.info("serving index build {}", build);
        return true;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (IOException | RuntimeException e) {
            // A half-written or broken build must not take the service down: keep serving the old one.
            LOG.warn("cannot open the new index build; still serving {}", current.get().build, e);
        }
    }

    @Override
    public Lease lease() {
        while (true) {
            Generation g = current.get();
            if (g.tryAcquire()) {
                return g.newLease();
            }
            if (closed) {
                throw new IllegalStateException("the search backend is closed");
            }
            // Lost a race with a swap: the next read sees the new generation.
        }
    }

    private <T> T call(Function<SearchBackend, T> call) {
        try (Lease lease = lease()) {
            return call.apply(lease.backend());
        }
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return call(b -> b.search(request));
    }

    @Override
    public List<LeadRanking> whoLeads(SearchRequest request) {
        return call(b -> b.whoLeads(request));
    }

    @Override
    public void export(SearchRequest request, Consumer<TaskRecord> sink) {
        call(b -> {
            b.export(request, sink);
            return null;
        });
    }

    @Override
    public Optional<TaskRecord> task(String taskId) {
        return call(b -> b.task(taskId));
    }

    @Override
    public List<DocumentSummary> documents() {
        return call(SearchBackend::documents);
    }

    @Override
    public Optional<DocumentSummary> document(String docId) {
        return call(b -> b.document(docId));
    }

    @Override
    public List<TaskRecord> tasksOf(String docId) {
        return call(b -> b.tasksOf(docId));
    }

    @Override
    public IndexInfo info() {
        return call(SearchBackend::info);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            watcher.shutdownNow();
            current.get().release();
        }
    }

    /** One build's backend and the number of holders: the service itself plus each request. */
    private static final class Generation {
        private final Path build;
        private final SearchBackend backend;
        private final AtomicInteger holders = new AtomicInteger(1);

        Generation(Path build, SearchBackend backend) {
            this.build = Objects.requireNonNull(build);
            this.backend = backend;
        }

        boolean tryAcquire() {
            int n;
            do {
                n = holders.get();
                if (n == 0) {
                    return false;
                }
            } while (!holders.compareAndSet(n, n + 1));
            return true;
        }

        void release() {
            if (holders.decrementAndGet() == 0) {
                try {
                    backend.close();
                } catch (IOException e) {
                    LOG.warn("cannot close the backend of index build {}", build, e);
                }
            }
        }

        Lease newLease() {
            return new Lease() {
                @Override
                public SearchBackend backend() {
                    return backend;
                }

                @Override
                public void close() {
                    release();
                }
            };
        }
    }
}
