package org.policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.IndexSchema.Facet;

/**
 * Drill-sideways counted from the snapshot's in-memory facet columns: the hits are counted only
 * for the dimensions shown (folded or not), each sideways hit set only for its own dimension; a
 * hit set is walked once per dimension it counts (one array or two read in order each time), its
 * parts on the searcher's threads.
 */
final class FacetCounts extends DrillSideways {

    private final Map<Facet, FacetColumn> columns;
    private final List<Facet> shown;

    /** @param shown the dimensions the result needs counts for */
    FacetCounts(IndexSearcher searcher, Map<Facet, FacetColumn> columns, List<Facet> shown) {
        super(searcher, IndexSchema.facetsConfig(), null, null);
        this.columns = columns;
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
        Map<FacetsCollector, List<ColumnFacets.Counted>> byHits = new IdentityHashMap<>();
        Map<String, ColumnFacets.Counted> byDim = new HashMap<>();
        for (Facet facet : shown) {
            FacetColumn column = columns.get(facet);
            if (column != null) {
                ColumnFacets.Counted counted = new ColumnFacets.Counted(column, new int[column.size()]);
                byDim.put(facet.dim(), counted);
                byHits.computeIfAbsent(hitsByDim.get(facet.dim()), hits -> new ArrayList<>()).add(counted);
            }
        }
        for (Map.Entry<FacetsCollector, List<ColumnFacets.Counted>> entry : byHits.entrySet()) {
            count(entry.getKey(), entry.getValue());
        }
        return new ColumnFacets(byDim);
    }

    /**
     * Counts each segment's hits in as many doc id ranges as a partitioned searcher has parts (in
     * one otherwise), each a task of the searcher's executor with counts of its own, and adds them
     * up. (Lucene hands over one hit set per segment even when the search ran in partitions of it.)
     */
    private void count(FacetsCollector hits, List<ColumnFacets.Counted> dims) throws IOException {
        int parts = searcher instanceof PartitionedSearcher partitioned ? partitioned.parts() : 1;
        List<Callable<int[][]>> tasks = new ArrayList<>();
        for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
            int maxDoc = matching.context().reader().maxDoc();
            for (int part = 0; part < parts; part++) {
                int from = (int) ((long) maxDoc * part / parts);
                int to = (int) ((long) maxDoc * (part + 1) / parts);
                tasks.add(() -> countRange(matching, from, to, dims));
            }
        }
        for (int[][] part : searcher.getTaskExecutor().invokeAll(tasks)) {
            for (int d = 0; d < dims.size(); d++) {
                int[] total = dims.get(d).counts();
                for (int ord = 0; ord < total.length; ord++) {
                    total[ord] += part[d][ord];
                }
            }
        }
    }

    /** Counts of the hits with segment doc ids in [{@code from}, {@code to}), per dimension. */
    private static int[][] countRange(FacetsCollector.MatchingDocs matching, int from, int to,
                                      List<ColumnFacets.Counted> dims) throws IOException {
        int[][] counts = new int[dims.size()][];
        for (int d = 0; d < dims.size(); d++) {
            FacetColumn column = dims.get(d).column();
            counts[d] = new int[column.size()];
            DocIdSetIterator docs = matching.bits().iterator();
            if (docs != null) {
                column.count(docs, from, to, matching.context().docBase, counts[d]);
            }
        }
        return counts;
    }
}
