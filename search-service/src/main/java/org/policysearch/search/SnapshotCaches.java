package org.policysearch.search;

import java.util.List;

/**
 * What one index snapshot remembers of the searches asked of it. A repeated request (the page
 * asking again, a shared link, an API client polling) is answered without searching; the next
 * page or another order of a search reuses its counts.
 */
record SnapshotCaches(SearchCache<Counts.Key, Counts> counts, SearchCache<SearchRequest, SearchResult> results,
                      SearchCache<Counts.Key, List<LeadRanking>> leads) {

    /** Searches whose counts are kept. */
    static final int COUNTS = 512;
    /** Pages kept whole, highlights and all: at most 100 hits each, tens of megabytes at worst. */
    static final int RESULTS = 128;
    /** Who-leads rankings kept: up to 100 agencies with 100 evidence ids each. */
    static final int LEADS = 64;

    /** The caches {@code serve} uses. */
    static SnapshotCaches standard() {
        return new SnapshotCaches(new SearchCache<>(COUNTS), new SearchCache<>(RESULTS), new SearchCache<>(LEADS));
    }

    /** Caches that remember nothing: every search does all its work, as a first search does. */
    static SnapshotCaches none() {
        return new SnapshotCaches(new SearchCache<>(0), new SearchCache<>(0), new SearchCache<>(0));
    }
}
