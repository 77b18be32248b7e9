package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.policysearch.index.IndexLocation;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.IndexSchema.Facet;
import org.policysearch.search.LuceneSearchBackend.Caching;

/**
 * {@link FacetCounts} makes each drill-sideways hit set as a search of its own on the search
 * threads; Lucene's {@link DrillSideways}, counting with its sorted-set facet counts, is the
 * reference: on the corpus, with no, one, two and three filters, folded and not, both give the
 * same total, the same first hits (ties ranked by Lucene's own sorts on document id and task number,
 * which {@link TaskOrder} stands in for) and the same top values of every dimension.
 */
class DrillSidewaysReferenceTest {

    private static final String FUPIN_BAN = "宁夏回族自治区扶贫办";
    private static final String FAGAI = "宁夏回族自治区发展改革委";
    private static final String NONGYE_NONGCUN = "宁夏回族自治区农业农村厅";

    private static final List<SearchRequest> SEARCHES = List.of(
            request("发展", List.of(), List.of(), List.of(), List.of(), false),
            request("发展", List.of(), List.of(), List.of(), List.of(), true),
            request("发展", List.of(FAGAI), List.of(), List.of(), List.of(), false),
            request("", List.of(), List.of(), List.of(2017), List.of(), false),
            request("产业", List.of(), List.of(FAGAI), List.of(2017, 2020), List.of(), false),
            request("", List.of(FUPIN_BAN, FAGAI), List.of(), List.of(2017), List.of("宁夏"), false),
            request("农业", List.of(NONGYE_NONGCUN), List.of(), List.of(), List.of(), true),
            request("", List.of(), List.of(NONGYE_NONGCUN), List.of(2023), List.of("内蒙古"), true),
            request("-农业", List.of(), List.of(), List.of(2020), List.of("内蒙古"), false));

    private static SearchRequest request(String q, List<String> lead, List<String> agency, List<Integer> years,
                                         List<String> regions, boolean fold) {
        return new SearchRequest(q, lead, agency, years, null, null, List.of(), regions, 1, 10,
                SearchRequest.Sort.RELEVANCE, fold);
    }

    @Test
    void filteredSearchesCountAsLucenesDrillSideways() throws IOException {
        try (LuceneSearchBackend ours = LuceneSearchBackend.open(CorpusIndexFixture.indexDir(), Caching.OFF,
                new SearchThreads(2));
             FSDirectory dir = FSDirectory.open(new IndexLocation(CorpusIndexFixture.indexDir()).currentIndex()
                     .orElseThrow());
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Reference reference = new Reference(searcher);
            int filtered = 0;
            for (SearchRequest request : SEARCHES) {
                LuceneQueries.Built built = LuceneQueries.build(request);
                filtered += built.filtered().isEmpty() ? 0 : 1;
                DrillSideways.DrillSidewaysResult expected = reference.search(built.query(), null, null,
                        request.size(), TaskOrderTest.LUCENES_ORDER_BY_SCORE, true);
                SearchResult actual = ours.search(request);

                assertEquals(expected.hits.totalHits.value(), actual.total(), request::toString);
                StoredFields stored = searcher.storedFields();
                List<String> expectedIds = new ArrayList<>();
                for (ScoreDoc hit : expected.hits.scoreDocs) {
                    expectedIds.add(stored.document(hit.doc).get(IndexSchema.ID));
                }
                assertEquals(expectedIds, actual.hits().stream().map(h -> h.task().taskId()).toList(),
                        request::toString);
                for (Facet facet : LuceneSearchBackend.FACETS) {
                    String dim = LuceneQueries.dimension(facet, request.fold()).dim();
                    List<FacetValue> want = top(expected.facets, dim);
                    // A selected value below the top values is shown after them, with its count.
                    for (String selected : request.selected(facet)) {
                        if (want.stream().noneMatch(v -> v.value().equals(selected))) {
                            long count = expected.facets.getSpecificValue(dim, selected).longValue();
                            want.add(new FacetValue(selected, Math.max(0, count)));
                        }
                    }
                    assertEquals(want, actual.facets().get(facet.dim()), () -> request + " " + dim);
                }
            }
            assertEquals(SEARCHES.size() - 2, filtered, "every search but the first two filters");
        }
    }

    private static List<FacetValue> top(Facets facets, String dim) throws IOException {
        FacetResult result = facets.getTopChildren(Limits.FACET_VALUES, dim);
        List<FacetValue> values = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                values.add(new FacetValue(lv.label, lv.value.longValue()));
            }
        }
        return values;
    }

    /** Lucene's drill-sideways, each dimension counted from its own sorted-set doc values field. */
    private static final class Reference extends DrillSideways {
        private final Map<String, DefaultSortedSetDocValuesReaderState> states = new HashMap<>();

        Reference(IndexSearcher searcher) throws IOException {
            super(searcher, IndexSchema.facetsConfig(), null, null);
            for (Facet facet : Facet.values()) {
                states.put(facet.dim(), new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(),
                        facet.field(), IndexSchema.facetsConfig()));
            }
        }

        @Override
        protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                           String[] drillSidewaysDims) throws IOException {
            Map<String, Facets> byDim = new HashMap<>();
            for (Map.Entry<String, DefaultSortedSetDocValuesReaderState> e : states.entrySet()) {
                FacetsCollector hits = drillDowns;
                for (int i = 0; drillSidewaysDims != null && i < drillSidewaysDims.length; i++) {
                    if (drillSidewaysDims[i].equals(e.getKey())) {
                        hits = drillSideways[i];
                    }
                }
                byDim.put(e.getKey(), new SortedSetDocValuesFacetCounts(e.getValue(), hits));
            }
            return new MultiFacets(byDim);
        }
    }
}
