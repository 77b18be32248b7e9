package org.policysearch.search;

import java.time.LocalDate;
import java.util.List;
import org.policysearch.index.IndexSchema.Facet;

/**
 * A search as the API and the page state it (SPEC §4), already validated.
 *
 * @param query   the query string, possibly empty (match all)
 * @param lead    lead-agency facet selections (canonical names; OR within)
 * @param agency  any-role agency facet selections (canonical names; OR within)
 * @param years   year facet selections (OR within)
 * @param from    earliest document date, inclusive, or null
 * @param to      latest document date, inclusive, or null
 * @param docs    docId facet selections
 * @param regions region facet selections
 * @param page    1-based page
 * @param size    hits per page
 * @param fold    whether agency facets and filters fold predecessors into their successor
 */
public record SearchRequest(String query, List<String> lead, List<String> agency, List<Integer> years,
                            LocalDate from, LocalDate to, List<String> docs, List<String> regions,
                            int page, int size, Sort sort, boolean fold) {

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query;
        lead = List.copyOf(lead);
        agency = List.copyOf(agency);
        years = List.copyOf(years);
        docs = List.copyOf(docs);
        regions = List.copyOf(regions);
    }

    /** The values selected in one of the API's facets, as the facet writes them (OR within). */
    public List<String> selected(Facet facet) {
        return switch (facet) {
            case LEAD -> lead;
            case AGENCY -> agency;
            case YEAR -> years.stream().map(String::valueOf).toList();
            case DOC -> docs;
            case REGION -> regions;
            case LEAD_LINEAGE, AGENCY_LINEAGE -> List.of();
        };
    }
}
