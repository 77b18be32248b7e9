package org.policysearch.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The threads one search may spread over: one per core. A broad search at 1 GB visits hundreds
 * of thousands of matches, and splitting them is what brings its first answer near the time of
 * one core's share.
 */
final class SearchThreads implements AutoCloseable {

    private final int count;
    private final ExecutorService executor;

    SearchThreads(int count) {
        this.count = count;
        this.executor = count > 1 ? Executors.newFixedThreadPool(count, Thread.ofPlatform().daemon()
                .name("search-", 0).factory()) : null;
    }

    /** One thread per core of this machine. */
    static SearchThreads perCore() {
        return new SearchThreads(Runtime.getRuntime().availableProcessors());
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
