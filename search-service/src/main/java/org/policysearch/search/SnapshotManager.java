package org.policysearch.search;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.lucene.search.ReferenceManager;
import org.policysearch.index.IndexLocation;

/**
 * Like Lucene's SearcherManager, but it follows the index location's current build: a refresh
 * opens the build that became current, and the previous one closes once the last request using
 * it releases it. Requests never see a half-switched index and never fail because of a switch.
 */
final class SnapshotManager extends ReferenceManager<IndexSnapshot> {

    private final IndexLocation location;
    private final SearchThreads threads;
    private final Supplier<SnapshotCaches> caches;

    /** Each snapshot searches on {@code threads} and gets caches of its own from {@code caches}. */
    SnapshotManager(IndexLocation location, SearchThreads threads, Supplier<SnapshotCaches> caches) throws IOException {
        this.location = location;
        this.threads = threads;
        this.caches = caches;
        current = IndexSnapshot.open(currentPath(), threads, caches.get());
    }

    @Override
    protected IndexSnapshot refreshIfNeeded(IndexSnapshot reference) throws IOException {
        Path path = currentPath();
        return path.equals(reference.path()) ? null : IndexSnapshot.open(path, threads, caches.get());
    }

    @Override
    protected void decRef(IndexSnapshot reference) throws IOException {
        reference.reader().decRef();
    }

    @Override
    protected boolean tryIncRef(IndexSnapshot reference) {
        return reference.reader().tryIncRef();
    }

    @Override
    protected int getRefCount(IndexSnapshot reference) {
        return reference.reader().getRefCount();
    }

    private Path currentPath() throws IOException {
        return location.currentIndex().orElseThrow(() -> new NoSuchFileException(
                location.root().toString(), null, "no index here: build one with `policy-search index`"));
    }
}
