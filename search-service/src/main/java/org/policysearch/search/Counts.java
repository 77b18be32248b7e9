package org.policysearch.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A search's total and facet counts. Counting is the costly part of a broad search, and the next
 * page or another order of it needs the same counts, so they are cached by {@link Key} (as is the
 * who-leads ranking, which depends on the same).
 */
record Counts(long total, Map<String, List<FacetValue>> facets) {

    /** What counts depend on: everything in a request but the page and the order. */
    record Key(String query, List<String> lead, List<String> agency, List<Integer> years, LocalDate from,
               LocalDate to, List<String> docs, List<String> regions, boolean fold) {

        static Key of(SearchRequest r) {
            return new Key(r.query(), r.lead(), r.agency(), r.years(), r.from(), r.to(), r.docs(), r.regions(), r.fold());
        }
    }
}
