package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.policysearch.index.IndexLocation;
import org.policysearch.task.Role;
import org.policysearch.task.TaskRecord;

/**
 * Facets, drill-sideways, lineage folding and who-leads on the seed corpus. Counts by year,
 * document and region are the notices' own (NOTES.md: 39 + 107 tasks in 2017, 47 + 23 in 2020,
 * 34 + 33 in 2023); agency counts are checked against the parsed records.
 */
class CorpusSearchTest {

    private static final String D2017_PLAN = "000_853e25e58f4ef803";
    private static final String D2017_REPORT = "003_da479d43fed241eb";
    private static final String NONGMU = "宁夏回族自治区农牧厅";
    private static final String NONGYE_NONGCUN = "宁夏回族自治区农业农村厅";

    private static final LuceneSearchBackend backend = CorpusIndexFixture.backend();

    private static SearchRequest request(String q, List<String> lead, List<Integer> years, List<String> regions,
                                         boolean fold) {
        return new SearchRequest(q, lead, List.of(), years, null, null, List.of(), regions, 1, 10,
                SearchRequest.Sort.RELEVANCE, fold);
    }

    private static List<FacetValue> values(Object... pairs) {
        return Stream.iterate(0, i -> i < pairs.length, i -> i + 2)
                .map(i -> new FacetValue((String) pairs[i], ((Integer) pairs[i + 1]).longValue())).toList();
    }

    /** The expected facet: counts from the records, by count then value, top {@link Limits#FACET_VALUES}. */
    private static List<FacetValue> expected(Predicate<TaskRecord> filter, Function<TaskRecord, List<String>> values) {
        Map<String, Long> counts = CorpusIndexFixture.tasks().stream().filter(filter)
                .flatMap(t -> values.apply(t).stream().distinct())
                .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(Limits.FACET_VALUES)
                .map(e -> new FacetValue(e.getKey(), e.getValue())).toList();
    }

    private static List<String> anyRole(TaskRecord task) {
        return Stream.of(Role.values()).flatMap(r -> task.canonical(r).stream()).toList();
    }

    @Test
    void facetsOfTheWholeCorpus() {
        SearchResult all = backend.search(request("", List.of(), List.of(), List.of(), false));
        assertEquals(283, all.total());
        assertEquals(List.of("lead", "agency", "year", "doc", "region"), List.copyOf(all.facets().keySet()));
        assertEquals(values("2017", 146, "2020", 70, "2023", 67), all.facets().get("year"));
        assertEquals(values(D2017_REPORT, 107, "001_ae025d225717f58c", 47, D2017_PLAN, 39,
                "002_2da70cd6da6af075-1", 34, "002_2da70cd6da6af075-2", 33, "004_236636c766a7cbd7", 23),
                all.facets().get("doc"));
        assertEquals(values("宁夏", 260, "内蒙古", 23), all.facets().get("region"));
        assertEquals(expected(t -> true, TaskRecord::leadCanonical), all.facets().get("lead"));
        assertEquals(expected(t -> true, CorpusSearchTest::anyRole), all.facets().get("agency"));
        assertEquals(new FacetValue("宁夏回族自治区发展改革委", 50), all.facets().get("lead").get(0));
    }

    @Test
    void aFacetsCountsIgnoreItsOwnFilterButNotTheOthers() {
        SearchResult y2017 = backend.search(request("", List.of(), List.of(2017), List.of(), false));
        assertEquals(146, y2017.total());
        assertEquals(values("2017", 146, "2020", 70, "2023", 67), y2017.facets().get("year"));
        assertEquals(values("宁夏", 146), y2017.facets().get("region"));
        assertEquals(expected(t -> t.year() == 2017, TaskRecord::leadCanonical), y2017.facets().get("lead"));

        // OR within a facet
        assertEquals(216, backend.search(request("", List.of(), List.of(2017, 2020), List.of(), false)).total());

        // AND across facets: 内蒙古 has no 2017 task; each facet still shows what choosing it would give
        SearchResult none = backend.search(request("", List.of(), List.of(2017), List.of("内蒙古"), false));
        assertEquals(0, none.total());
        assertEquals(values("2020", 23, "2017", 0), none.facets().get("year")); // the choice stays visible
        assertEquals(values("宁夏", 146, "内蒙古", 0), none.facets().get("region"));
        assertEquals(List.of(), none.hits());
    }

    @Test
    void foldingMergesAPredecessorIntoItsSuccessor() {
        SearchResult unfolded = backend.search(request("", List.of(), List.of(), List.of(), false));
        assertEquals(24, count(unfolded.facets().get("lead"), NONGMU));
        assertEquals(4, count(unfolded.facets().get("lead"), NONGYE_NONGCUN));

        SearchResult folded = backend.search(request("", List.of(), List.of(), List.of(), true));
        assertEquals(28, count(folded.facets().get("lead"), NONGYE_NONGCUN));
        assertEquals(0, count(folded.facets().get("lead"), NONGMU));

        // 农牧厅 led 24 tasks in 2017; as 农业农村厅 it led 3 in 2020 (notice 001) and 1 in 2023
        SearchResult lineage = backend.search(request("", List.of(NONGYE_NONGCUN), List.of(), List.of(), true));
        assertEquals(28, lineage.total());
        assertEquals(values("2017", 24, "2020", 3, "2023", 1), lineage.facets().get("year"));
        // the lead facet ignores its own filter: every lead stays choosable, counted by successor
        assertEquals(folded.facets().get("lead"), lineage.facets().get("lead"));
        SearchResult oldName = backend.search(request("", List.of(NONGMU), List.of(), List.of(), false));
        assertEquals(values("2017", 24), oldName.facets().get("year"));
    }

    private static long count(List<FacetValue> values, String value) {
        return values.stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count).sum();
    }

    @Test
    void povertyAlleviationIn2017IsLedByThePovertyOffice() {
        List<LeadRanking> ranking = backend.whoLeads(request("扶贫 year:2017", List.of(), List.of(), List.of(), false));
        assertEquals(new LeadRanking("自治区扶贫办", "宁夏回族自治区扶贫办", 8, 0, 0.8, List.of(
                D2017_PLAN + "#3", D2017_REPORT + "#32", D2017_REPORT + "#33", D2017_REPORT + "#35",
                D2017_REPORT + "#36", D2017_REPORT + "#37", D2017_REPORT + "#38", D2017_REPORT + "#43")),
                ranking.get(0));
        // （四十四）on misuse of poverty funds is the supervision department's
        assertEquals(List.of(D2017_REPORT + "#44"), ranking.stream()
                .filter(r -> r.canonical().equals("宁夏回族自治区监察厅")).findFirst().orElseThrow().taskIds());
    }

    @Test
    void theYellowRiverIsLedByWaterResources() {
        LeadRanking first = backend.whoLeads(request("黄河", List.of(), List.of(), List.of(), false)).get(0);
        assertEquals(new LeadRanking("自治区水利厅", "宁夏回族自治区水利厅", 3, 1, 3 / 8.0,
                List.of(D2017_PLAN + "#16", D2017_REPORT + "#27", D2017_REPORT + "#54")), first);
    }

    @Test
    void foldedWhoLeadsFollowsTheAgencyAcrossTheReform() {
        LeadRanking first = backend.whoLeads(request("lead:农牧厅 OR lead:农业农村厅", List.of(), List.of(), List.of(), true)).get(0);
        assertEquals("自治区农牧厅", first.agency()); // written so 24 times, 农业农村厅 4 times
        assertEquals(NONGYE_NONGCUN, first.canonical());
        assertEquals(28, first.leadTasks());
        assertEquals(1.0, first.share());
        assertEquals(List.of(D2017_PLAN + "#6", D2017_PLAN + "#39", "001_ae025d225717f58c#8",
                "001_ae025d225717f58c#9", "001_ae025d225717f58c#10", "002_2da70cd6da6af075-2#13"),
                first.taskIds().subList(0, 6));
    }

    @Test
    void dateOrderIsNewestFirstThenDocumentAndNumber() {
        SearchRequest byDate = new SearchRequest("", List.of(NONGYE_NONGCUN), List.of(), List.of(), null, null,
                List.of(), List.of(), 1, 6, SearchRequest.Sort.DATE, true);
        assertEquals(List.of("002_2da70cd6da6af075-2#13", "001_ae025d225717f58c#8", "001_ae025d225717f58c#9",
                        "001_ae025d225717f58c#10", D2017_PLAN + "#6", D2017_PLAN + "#39"),
                backend.search(byDate).hits().stream().map(h -> h.task().taskId()).toList());
    }

    @Test
    void pagesSliceOneStableOrder() {
        List<String> all = backend.search(new SearchRequest("发展", List.of(), List.of(), List.of(), null, null,
                List.of(), List.of(), 1, 100, SearchRequest.Sort.RELEVANCE, false))
                .hits().stream().map(h -> h.task().taskId()).toList();
        List<String> paged = Stream.iterate(1, p -> p <= 10, p -> p + 1)
                .flatMap(p -> backend.search(new SearchRequest("发展", List.of(), List.of(), List.of(), null, null,
                        List.of(), List.of(), p, 10, SearchRequest.Sort.RELEVANCE, false)).hits().stream())
                .map(h -> h.task().taskId()).toList();
        assertEquals(all, paged);
        List<String> exported = new ArrayList<>();
        backend.export(Fixtures.request("发展"), t -> exported.add(t.taskId()));
        assertEquals(all, exported.subList(0, 100));
        assertEquals(backend.search(Fixtures.request("发展")).total(), exported.size());
    }

    @Test
    void theCorpusIndexPassesCheckIndex() throws IOException {
        Path build = new IndexLocation(CorpusIndexFixture.indexDir()).currentIndex().orElseThrow();
        try (Directory dir = FSDirectory.open(build); CheckIndex check = new CheckIndex(dir)) {
            assertTrue(check.checkIndex().clean);
        }
    }

    @Test
    void documentsAndTheirTasks() {
        assertEquals(6, backend.documents().size());
        DocumentSummary report = backend.document(D2017_REPORT).orElseThrow();
        assertEquals(107, report.taskCount());
        List<TaskRecord> tasks = backend.tasksOf(D2017_REPORT);
        assertEquals(107, tasks.size());
        assertEquals(101, tasks.get(100).taskNumber());
        assertEquals("（一0一）", tasks.get(100).taskLabel());
        assertEquals(CorpusIndexFixture.tasks().stream().filter(t -> t.docId().equals(D2017_REPORT))
                .sorted(Comparator.comparingInt(TaskRecord::taskNumber)).toList(), tasks);
        assertEquals(new IndexInfo(6, 283, backend.info().builtAt(), backend.info().version()), backend.info());
    }

    /**
     * Relevance order is score, then document, then task number, on every page, whatever order
     * the build's threads added the tasks in. year:2017 scores every task alike (146 ties); 扶贫
     * and 黄河 mix ties and distinct scores; the empty query lists every task.
     */
    @Test
    void equalScoresRankByDocumentThenTaskNumberOnEveryPage() {
        Comparator<SearchHit> relevance = Comparator.comparingDouble((SearchHit h) -> -h.score())
                .thenComparing(h -> h.task().docId())
                .thenComparingInt(h -> h.task().taskNumber());
        for (String q : List.of("year:2017", "扶贫", "黄河", "")) {
            List<SearchHit> all = new ArrayList<>();
            for (int page = 1; ; page++) {
                SearchResult result = backend.search(new SearchRequest(q, List.of(), List.of(), List.of(), null, null,
                        List.of(), List.of(), page, 7, SearchRequest.Sort.RELEVANCE, false));
                all.addAll(result.hits());
                if (all.size() >= result.total() || result.hits().isEmpty()) {
                    assertEquals(result.total(), all.size(), q);
                    break;
                }
            }
            assertEquals(taskIds(all.stream().sorted(relevance).toList()), taskIds(all), q);
            assertEquals(all.size(), taskIds(all).stream().distinct().count(), q);
        }
    }

    private static List<String> taskIds(List<SearchHit> hits) {
        return hits.stream().map(h -> h.task().taskId()).toList();
    }
}
