package org.policysearch.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The threads one search may spread over: one per core. A broad search at 1 GB visits hundreds
 * of thousands of matches, and splitting them is what brings its first answer near the time of
 * one core's share. As many searches run at once as there are threads, the rest wait their turn
 * in order of arrival: run all at once, 64 broad searches on two cores would share them so finely
 * that each took 64 times its own time (at 1 GB some took over 2 s; in turn, none does).
 */
final class SearchThreads implements AutoCloseable {

    private final int count;
    private final ExecutorService executor;
    private final Semaphore turns;

    SearchThreads(int count) {
        this.count = count;
        this.executor = count > 1 ? Executors.newFixedThreadPool(count, Thread.ofPlatform().daemon()
                .name("search-", 0).factory()) : null;
        this.turns = new Semaphore(count, true);
    }

    /** One thread per core of this machine. */
    static SearchThreads perCore() {
        return new SearchThreads(Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code search} when its turn comes. */
    <T> T inTurn(SearchCache.Computation<T> search) throws IOException {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a turn to search");
        }
        try {
            return search.compute();
        } finally {
            turns.release();
        }
    }

    /** A searcher over {@code reader} that splits each search over these threads (a plain one for one thread). */
    IndexSearcher searcher(IndexReader reader) {
        return executor == null ? new IndexSearcher(reader) : new PartitionedSearcher(reader, executor, count);
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
