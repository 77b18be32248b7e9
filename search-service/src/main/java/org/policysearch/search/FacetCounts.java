package org.policysearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.IndexSchema.Facet;

/**
 * Drill-sideways over one doc values field per dimension: the hits are counted only for the
 * dimensions shown (folded or not), and each sideways collector only for its own dimension,
 * instead of every dimension for every collector.
 */
final class FacetCounts extends DrillSideways {

    private final Map<Facet, SortedSetDocValuesReaderState> states;
    private final List<Facet> shown;

    /** @param shown the dimensions the result needs counts for */
    FacetCounts(IndexSearcher searcher, Map<Facet, SortedSetDocValuesReaderState> states, List<Facet> shown) {
        super(searcher, IndexSchema.facetsConfig(), (SortedSetDocValuesReaderState) null);
        this.states = states;
        this.shown = shown;
    }

    @Override
    protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                       String[] drillSidewaysDims) throws IOException {
        Map<String, FacetsCollector> hitsByDim = new HashMap<>();
        for (Facet facet : shown) {
            hitsByDim.put(facet.dim(), drillDowns);
        }
        // null when the query drills down on nothing
        for (int i = 0; drillSidewaysDims != null && i < drillSidewaysDims.length; i++) {
            hitsByDim.put(drillSidewaysDims[i], drillSideways[i]);
        }
        Map<String, Facets> byDim = new HashMap<>();
        for (Facet facet : shown) {
            SortedSetDocValuesReaderState state = states.get(facet);
            if (state != null) {
                byDim.put(facet.dim(), new SortedSetDocValuesFacetCounts(state, hitsByDim.get(facet.dim())));
            }
        }
        return new MultiFacets(byDim);
    }
}
