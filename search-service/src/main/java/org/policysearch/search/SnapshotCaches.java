package org.policysearch.search;

import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryCache;

/**
 * What one index snapshot remembers of the searches asked of it. A repeated request (the page
 * asking again, a shared link, an API client polling) is answered without searching; the next
 * page or another order of a search reuses its counts.
 *
 * @param clauses Lucene's cache of the match sets of clauses searched often, or null for none:
 *                a word asked again under another filter finds its matches there
 */
record SnapshotCaches(SearchCache<Counts.Key, Counts> counts, SearchCache<SearchRequest, SearchResult> results,
                      SearchCache<Counts.Key, List<LeadRanking>> leads, QueryCache clauses) {

    /** Searches whose counts are kept. */
    static final int COUNTS = 512;
    /** Pages kept whole, highlights and all: at most 100 hits each, tens of megabytes at worst. */
    static final int RESULTS = 128;
    /** Who-leads rankings kept: up to 100 agencies with 100 evidence ids each. */
    static final int LEADS = 64;

    /** The caches {@code serve} uses. */
    static SnapshotCaches standard() {
        return new SnapshotCaches(new SearchCache<>(COUNTS), new SearchCache<>(RESULTS), new SearchCache<>(LEADS),
                IndexSearcher.getDefaultQueryCache());
    }

    /**
     * Caches that remember nothing, Lucene's included: every search does all its work, as a first
     * search does. (With Lucene's, a query asked over and over matched from cached clauses: the ten
     * 1 GB common words at 8–9 ms p50 where a first search takes 15–20.)
     */
    static SnapshotCaches none() {
        return new SnapshotCaches(new SearchCache<>(0), new SearchCache<>(0), new SearchCache<>(0), null);
    }
}
