package org.policysearch.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.policysearch.concurrent.Failures;

/**
 * Answers of recent searches on one index snapshot: a snapshot never changes, so an entry never
 * goes stale. A cache of no entries remembers nothing: every search computes.
 *
 * @param <K> what the answer depends on
 * @param <V> the answer
 */
final class SearchCache<K, V> {

    /** Computes an answer that is not cached. */
    interface Computation<V> {
        V compute() throws IOException;
    }

    private final Map<K, FutureTask<V>> entries;

    /** Keeps up to {@code capacity} answers, least recently used dropped first. */
    SearchCache(int capacity) {
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, FutureTask<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The answer for {@code key}, computed on this thread unless known or being computed:
     * requests for the same new search at once (a shared link opened by many, a page asking
     * twice) wait for one computation instead of each doing the same work. A computation that
     * fails is not kept, so the next request tries again.
     */
    V get(K key, Computation<V> computation) throws IOException {
        FutureTask<V> task;
        boolean mine = false;
        synchronized (this) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(computation::compute);
                entries.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while another request computed the same search");
        } catch (ExecutionException e) {
            synchronized (this) {
                entries.remove(key, task);
            }
            throw Failures.asIOException(e.getCause());
        }
    }
}
