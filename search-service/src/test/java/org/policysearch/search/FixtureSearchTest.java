package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precise behaviour on hand-made tasks: literal matching, escaping, ordering, records round-trip. */
class FixtureSearchTest {

    @TempDir
    static Path root;
    static LuceneSearchBackend backend;

    @BeforeAll
    static void build() throws IOException {
        Fixtures.build(root);
        backend = LuceneSearchBackend.open(root);
    }

    @AfterAll
    static void close() throws IOException {
        backend.close();
    }

    private static List<String> ids(String q) {
        return backend.search(Fixtures.request(q)).hits().stream().map(h -> h.task().taskId()).toList();
    }

    @Test
    void aRunAcrossASentenceEndIsNotFound() {
        // 2017#3 has 工作。作为: its bigrams 工作 and 作为 must not join into 工作为 or 工作作为.
        assertEquals(List.of("fixture-2020#1"), ids("工作为"));
        assertEquals(List.of(), ids("工作作为"));
        assertEquals(List.of("fixture-2017#3"), ids("\"工作。作为\""));
    }

    @Test
    void markupComesBackEscapedWithMatchesMarked() {
        SearchHit hit = backend.search(Fixtures.request("script")).hits().get(0);
        assertEquals("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;推进工作。", hit.titleHtml());
        assertEquals("&lt;b onmouseover=x&gt;做好工作。作为重点&lt;/b&gt; &amp; 落实", hit.snippetHtml());

        SearchHit other = backend.search(Fixtures.request("onmouseover")).hits().get(0);
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;推进工作。", other.titleHtml());
        assertEquals("&lt;b <mark>onmouseover</mark>=x&gt;做好工作。作为重点&lt;/b&gt; &amp; 落实", other.snippetHtml());
    }

    @Test
    void titleMatchesRankFirstThenDocumentOrder() {
        SearchResult result = backend.search(Fixtures.request("脱贫"));
        assertEquals(3, result.total());
        assertEquals(List.of("fixture-2020#2", "fixture-2017#2", "fixture-2017#1"),
                result.hits().stream().map(h -> h.task().taskId()).toList());
        assertEquals("巩固<mark>脱贫</mark>成果。", result.hits().get(0).titleHtml());
        assertEquals("坚持精准扶贫、精准<mark>脱贫</mark>，提高<mark>脱贫</mark>攻坚成效。", result.hits().get(1).snippetHtml());
    }

    @Test
    void aRunIsMarkedWholeAndEveryTermIsMarked() {
        SearchHit hit = backend.search(Fixtures.request("精准扶贫 攻坚")).hits().get(0);
        assertEquals("fixture-2017#2", hit.task().taskId());
        assertEquals("实施<mark>精准扶贫</mark>。", hit.titleHtml());
        assertEquals("坚持<mark>精准扶贫</mark>、精准脱贫，提高脱贫<mark>攻坚</mark>成效。", hit.snippetHtml());
    }

    @Test
    void traditionalScriptIsMarkedInTheSimplifiedText() {
        SearchHit hit = backend.search(Fixtures.request("精準扶貧")).hits().get(0);
        assertEquals("实施<mark>精准扶贫</mark>。", hit.titleHtml());
    }

    @Test
    void facetsCountTheMatchingTasks() {
        Map<String, List<FacetValue>> facets = backend.search(Fixtures.request("脱贫")).facets();
        assertEquals(List.of(new FacetValue("扶贫办", 2), new FacetValue("财政厅", 1)), facets.get("lead"));
        assertEquals(List.of(new FacetValue("2017", 2), new FacetValue("2020", 1)), facets.get("year"));
        assertEquals(List.of(new FacetValue("宁夏", 3)), facets.get("region"));
    }

    /** The second time, totals and facets come from the snapshot's cache, hits from a fresh search. */
    @Test
    void aRepeatedOrPagedSearchAnswersAsTheFirst() throws IOException {
        for (List<Integer> years : List.of(List.of(2017), List.of(2020), List.<Integer>of())) {
            SearchRequest first = new SearchRequest("脱贫 OR 工作", List.of(), List.of(), years, null, null,
                    List.of(), List.of(), 1, 2, SearchRequest.Sort.RELEVANCE, false);
            SearchRequest second = new SearchRequest("脱贫 OR 工作", List.of(), List.of(), years, null, null,
                    List.of(), List.of(), 2, 2, SearchRequest.Sort.RELEVANCE, false);
            try (LuceneSearchBackend fresh = LuceneSearchBackend.open(root)) {
                SearchResult uncachedSecond = fresh.search(second);
                SearchResult firstAnswer = backend.search(first);
                assertEquals(firstAnswer, backend.search(first));
                assertEquals(uncachedSecond, backend.search(second));
                assertEquals(firstAnswer.facets(), uncachedSecond.facets());
            }
        }
    }

    @Test
    void recordsComeBackAsIndexed() {
        assertEquals(Fixtures.files().get(1).tasks().get(0), backend.task("fixture-2020#1").orElseThrow());
        assertEquals(Fixtures.files().get(0).tasks(), backend.tasksOf(Fixtures.D1));
        DocumentSummary d1 = backend.document(Fixtures.D1).orElseThrow();
        assertEquals(new DocumentSummary(Fixtures.D1, "关于印发重点任务分工的通知", "自治区人民政府办公厅",
                "宁政办发〔2017〕1号", LocalDate.of(2017, 3, 1), 2017, "宁夏", "fixture/2017.txt", 3), d1);
        assertEquals(List.of(Fixtures.D1, Fixtures.D2), backend.documents().stream().map(DocumentSummary::docId).toList());
        assertEquals(2, backend.info().documents());
        assertEquals(5, backend.info().tasks());
    }

    @Test
    void whoLeadsCountsLeadThenCooperation() {
        assertEquals(List.of(
                new LeadRanking("自治区扶贫办", "扶贫办", 2, 0, 0.4, List.of("fixture-2017#2", "fixture-2020#2")),
                new LeadRanking("自治区农业农村厅", "农业农村厅", 1, 1, 0.2, List.of("fixture-2020#1")),
                new LeadRanking("自治区财政厅", "财政厅", 1, 1, 0.2, List.of("fixture-2017#1")),
                new LeadRanking("农牧厅", "农牧厅", 0, 2, 0.0, List.of()),
                new LeadRanking("自治区发展改革委", "发展改革委", 0, 1, 0.0, List.of())),
                backend.whoLeads(Fixtures.request("")));
    }
}
