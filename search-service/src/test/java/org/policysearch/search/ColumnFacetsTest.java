package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.IndexSchema.Facet;

/**
 * The top values of each dimension, ranked by count with ties by ordinal, and how many values have
 * a count, are Lucene's own sorted-set facet counts' over the same matches on the corpus: for a
 * single top value, for a few (where ties of the document dimension are cut), and for all of them.
 */
class ColumnFacetsTest {

    /** More than any dimension of the corpus has values (its documents: a few dozen). */
    private static final int ALL = 1_000;

    @ParameterizedTest(name = "q={0}")
    @ValueSource(strings = {"发展", "农业", "扶贫", "-农业"})
    void topValuesAndValueCountsAreLucenes(String q) throws IOException {
        try (DirectoryReader reader = CorpusIndexFixture.openReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = LuceneQueries.build(new SearchRequest(q, List.of(), List.of(), List.of(), null, null,
                    List.of(), List.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false)).query();
            List<FacetColumn> columns = new ArrayList<>();
            for (Facet facet : Facet.values()) {
                columns.add(FacetColumn.load(reader, facet).orElseThrow());
            }
            List<int[]> counts = searcher.search(query, new MatchCounting(columns)).counts();
            Map<String, ColumnFacets.Counted> byDim = new HashMap<>();
            for (Facet facet : Facet.values()) {
                int i = facet.ordinal();
                byDim.put(facet.dim(), new ColumnFacets.Counted(columns.get(i), counts.get(i)));
            }
            ColumnFacets ours = new ColumnFacets(byDim);
            FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());

            for (Facet facet : Facet.values()) {
                SortedSetDocValuesFacetCounts lucenes = new SortedSetDocValuesFacetCounts(
                        new DefaultSortedSetDocValuesReaderState(reader, facet.field(), IndexSchema.facetsConfig()),
                        matches);
                for (int topN : new int[] {1, 3, ALL}) {
                    FacetResult want = lucenes.getTopChildren(topN, facet.dim());
                    FacetResult got = ours.getTopChildren(topN, facet.dim());
                    String what = q + " " + facet.dim() + " top " + topN;
                    assertNotNull(want, what);
                    assertNotNull(got, what);
                    assertEquals(want.childCount, got.childCount, what);
                    assertArrayEquals(want.labelValues, got.labelValues, what);
                }
            }
            FacetResult docs = ours.getTopChildren(3, Facet.DOC.dim());
            assertTrue(docs.childCount > 3, q + ": more documents match than the top values show");
        }
    }
}
