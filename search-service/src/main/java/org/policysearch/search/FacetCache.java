package org.policysearch.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private final Map<Key, Counts> entries;

    FacetCache(int capacity) {
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Counts> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Counts get(Key key) {
        return entries.get(key);
    }

    synchronized void put(Key key, Counts counts) {
        entries.put(key, counts);
    }
}
