package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policysearch.index.IndexLocation;
import org.policysearch.parse.Notice;
import org.policysearch.parse.ParsedFile;
import org.policysearch.task.TaskRecord;

/** Limits, odd input, and switching to a newly published build under live requests. */
class BackendBehaviourTest {

    @TempDir
    Path root;

    private static SearchRequest page(int page, int size) {
        return new SearchRequest("", List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                page, size, SearchRequest.Sort.RELEVANCE, false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0   | 10  | page | page must be 1 or more, not 0.
            1   | 0   | size | size must be between 1 and 100, not 0.
            1   | 101 | size | size must be between 1 and 100, not 101.
            101 | 100 | page | page × size may be at most 10000; narrow the search instead of paging this deep.
            """)
    void pagingOutsideTheLimitsIsABadRequest(int page, int size, String param, String message) {
        BadQueryException e = assertThrows(BadQueryException.class,
                () -> CorpusIndexFixture.backend().search(page(page, size)));
        assertEquals(param, e.param());
        assertEquals(message, e.getMessage());
    }

    @Test
    void theDeepestAllowedPageIsEmptyNotAnError() {
        SearchResult last = CorpusIndexFixture.backend().search(page(100, 100));
        assertEquals(283, last.total());
        assertEquals(List.of(), last.hits());
    }

    @Test
    void aDateRangeBackwardsIsABadRequest() {
        SearchRequest backwards = new SearchRequest("", List.of(), List.of(), List.of(), LocalDate.of(2021, 1, 1),
                LocalDate.of(2020, 1, 1), List.of(), List.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false);
        assertEquals("from (2021-01-01) is after to (2020-01-01).",
                assertThrows(BadQueryException.class, () -> CorpusIndexFixture.backend().search(backwards)).getMessage());
    }

    @Test
    void datesFilterByDocumentDate() {
        SearchRequest summer2020 = new SearchRequest("", List.of(), List.of(), List.of(), LocalDate.of(2020, 6, 1),
                LocalDate.of(2020, 7, 31), List.of(), List.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false);
        assertEquals(70, CorpusIndexFixture.backend().search(summer2020).total()); // 2020-06-23 and 2020-07-22
    }

    /** Whatever people paste: the longest query, many words, only punctuation, markup. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ，。、；           | 0
            《》               | 0
            '"，"'             | 0
            -扶贫              | 269
            扶贫 -扶贫         | 0
            agency:发改委      | 109
            lead:扶贫办        | 15
            lead:自治区扶贫办  | 15
            lead:自治區扶貧辦  | 15
            lead:扶贫办）      | 15
            lead:、            | 0
            year:2023          | 67
            year:1999          | 0
            """)
    void oddQueriesAnswerWithoutError(String q, long total) {
        assertEquals(total, CorpusIndexFixture.backend().search(Fixtures.request(q)).total());
    }

    @Test
    void aSuccessorsNameFindsThePredecessorOnlyWhenFolding() {
        SearchRequest plain = Fixtures.request("lead:农业农村厅");
        SearchRequest folded = new SearchRequest("lead:农业农村厅", List.of(), List.of(), List.of(), null, null,
                List.of(), List.of(), 1, 10, SearchRequest.Sort.RELEVANCE, true);
        assertEquals(4, CorpusIndexFixture.backend().search(plain).total());
        assertEquals(28, CorpusIndexFixture.backend().search(folded).total());
        assertEquals(24, CorpusIndexFixture.backend().search(Fixtures.request("lead:农牧厅")).total());
    }

    @Test
    void theLongestQueriesRun() {
        String longest = "扶贫".repeat(Limits.MAX_QUERY_CHARS / 2);
        assertEquals(0, CorpusIndexFixture.backend().search(Fixtures.request(longest)).total());
        String manyWords = String.join(" ", java.util.Collections.nCopies(Limits.MAX_TERMS,
                "确保对民族地区转移支付比重继续增加"));
        assertEquals(1, CorpusIndexFixture.backend().search(Fixtures.request(manyWords)).total());
        String longestName = "lead:" + "扶贫".repeat((Limits.MAX_QUERY_CHARS - "lead:".length()) / 2);
        assertEquals(0, CorpusIndexFixture.backend().search(Fixtures.request(longestName)).total());
        String manyOrs = String.join(" OR ", java.util.Collections.nCopies(Limits.MAX_TERMS, "扶贫开发与农村低保"));
        assertEquals(1, CorpusIndexFixture.backend().whoLeads(Fixtures.request(manyOrs)).get(0).leadTasks());
    }

    @Test
    void aDimensionNoTaskHasIsAnEmptyFacet() throws IOException {
        Notice bare = new Notice("bare", "无日期文件", null, null, null, null, null, "bare.txt", "", 1);
        TaskRecord task = Fixtures.task("bare", 1, "推进工作。", "推进工作。", List.of(), List.of(), List.of(),
                List.of(), bare);
        Fixtures.build(root, List.of(new ParsedFile("bare.txt", List.of(bare), List.of(task), List.of(), null, List.of())));
        try (LuceneSearchBackend backend = LuceneSearchBackend.open(root)) {
            SearchResult result = backend.search(Fixtures.request("工作"));
            assertEquals(1, result.total());
            assertEquals(List.of(), result.facets().get("year"));
            assertEquals(List.of(), result.facets().get("region"));
            assertEquals(List.of(), result.facets().get("lead"));
            assertEquals(List.of(new FacetValue("bare", 1)), result.facets().get("doc"));
            SearchRequest byDate = new SearchRequest("", List.of(), List.of(), List.of(2020), null, null, List.of(),
                    List.of(), 1, 10, SearchRequest.Sort.DATE, true);
            assertEquals(0, backend.search(byDate).total());
            assertEquals(List.of(new FacetValue("2020", 0)), backend.search(byDate).facets().get("year"));
        }
    }

    @Test
    void aSimplifiedQueryFindsAndMarksTraditionalText() throws IOException {
        Notice mirror = new Notice("mirror", "轉載", null, null, null, 2017, "宁夏", "mirror.txt", "", 1);
        TaskRecord task = Fixtures.task("mirror", 1, "實施精準扶貧。", "由自治區財政廳統籌資金。", List.of(), List.of(),
                List.of(), List.of(), mirror);
        Fixtures.build(root, List.of(new ParsedFile("mirror.txt", List.of(mirror), List.of(task), List.of(), null, List.of())));
        try (LuceneSearchBackend backend = LuceneSearchBackend.open(root)) {
            SearchHit hit = backend.search(Fixtures.request("财政厅 精准扶贫")).hits().get(0);
            assertEquals("實施<mark>精準扶貧</mark>。", hit.titleHtml());
            assertEquals("由自治區<mark>財政廳</mark>統籌資金。", hit.snippetHtml());
        }
    }

    @Test
    void aFolderHoldingOneIndexOpensAsItIs() throws IOException {
        Path build = new IndexLocation(CorpusIndexFixture.indexDir()).currentIndex().orElseThrow();
        try (LuceneSearchBackend direct = LuceneSearchBackend.open(build)) {
            assertEquals(CorpusIndexFixture.backend().info(), direct.info());
            assertEquals(CorpusIndexFixture.backend().search(Fixtures.request("扶贫")),
                    direct.search(Fixtures.request("扶贫")));
        }
    }

    @Test
    void anEmptyLocationIsNoIndex() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> LuceneSearchBackend.open(root));
        assertEquals(root + ": no index here: build one with `policy-search index`", e.getMessage());
    }

    @Test
    void aNewBuildIsServedAfterRefreshWhileOldSearchersFinish() throws IOException {
        Fixtures.build(root);
        try (LuceneSearchBackend backend = LuceneSearchBackend.open(root)) {
            assertEquals(5, backend.info().tasks());
            assertEquals(List.of(new FacetValue("宁夏", 5)), backend.search(Fixtures.request("")).facets().get("region"));
            String before = backend.info().version();

            List<ParsedFile> more = new ArrayList<>(Fixtures.files());
            Notice n3 = new Notice("fixture-2023", "新文件", null, null, LocalDate.of(2023, 1, 5), 2023, "内蒙古",
                    "fixture/2023.txt", "", 1);
            TaskRecord task = Fixtures.task("fixture-2023", 1, "新任务。", "推进新的工作。", List.of(), List.of(),
                    List.of(), List.of(), n3);
            more.add(new ParsedFile(n3.sourceFile(), List.of(n3), List.of(task), List.of(), null, List.of()));
            Fixtures.build(root, more);

            backend.refresh();
            assertEquals(6, backend.info().tasks());
            assertEquals(3, backend.documents().size());
            assertEquals(List.of(new FacetValue("宁夏", 5), new FacetValue("内蒙古", 1)),
                    backend.search(Fixtures.request("")).facets().get("region"));
            assertEquals(false, before.equals(backend.info().version()));
        }
    }
}
