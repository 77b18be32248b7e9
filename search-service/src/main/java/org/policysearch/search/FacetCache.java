package org.policysearch.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Totals and facet counts of recent searches on one index snapshot, keyed by everything but the
 * page and the order. Counting facets is the costly part of a broad search, and the next page,
 * another order or a repeated search need the same counts; a snapshot never changes, so an
 * entry never goes stale. A cache of no entries remembers nothing: every search counts.
 */
final class FacetCache {

    /** Searches the serve path remembers per snapshot, least recently used dropped first. */
    static final int ENTRIES = 512;

    /** What facet counts depend on. */
    record Key(String query, List<String> lead, List<String> agency, List<Integer> years, LocalDate from,
               LocalDate to, List<String> docs, List<String> regions, boolean fold) {

        static Key of(SearchRequest r) {
            return new Key(r.query(), r.lead(), r.agency(), r.years(), r.from(), r.to(), r.docs(), r.regions(), r.fold());
        }
    }

    record Counts(long total, Map<String, List<FacetValue>> facets) {
    }

    /** Counts a search that is not cached. */
    interface Counting {
        Counts count() throws IOException;
    }

    private final Map<Key, FutureTask<Counts>> entries;

    FacetCache(int capacity) {
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, FutureTask<Counts>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The counts of {@code key}, counted by {@code counting} on this thread unless known or being
     * counted: requests for the same new search at once (a shared link opened by many, a page
     * asking twice) wait for one count instead of each counting the same matches. A count that
     * fails is not kept, so the next request tries again.
     */
    Counts get(Key key, Counting counting) throws IOException {
        FutureTask<Counts> task;
        boolean mine = false;
        synchronized (this) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(counting::count);
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
            throw new InterruptedIOException("interrupted while another request counted the same search");
        } catch (ExecutionException e) {
            synchronized (this) {
                entries.remove(key, task);
            }
            throw rethrow(e.getCause());
        }
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
