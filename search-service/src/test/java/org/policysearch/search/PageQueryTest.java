package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policysearch.search.SplitCorpusSearcher.describe;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.IndexLocation;
import org.policysearch.index.TaskDocuments;
import org.policysearch.parse.Notice;
import org.policysearch.parse.ParsedFile;
import org.policysearch.task.TaskRecord;

/**
 * The page query of a search ({@link LuceneQueries.Built#page}) matches the search's tasks with
 * their scores, and the page Lucene finds with it while skipping what cannot reach the page is the
 * page that ranking every match gives: the same tasks in the same order with the same sort values,
 * for every word smartcn reads in the corpus and random runs of its texts as terms and phrases, with
 * filters and exclusions, at several page sizes, on a searcher split over two threads as
 * {@code serve} uses.
 */
class PageQueryTest {

    private static final int[] WINDOWS = {3, 10, 20};

    /** Terms the corpus holds often that smartcn reads as several words, each one gram of the index. */
    private static final List<String> SEVERAL_WORDS = List.of("产业发展", "脱贫攻坚", "乡村振兴", "生态环境");

    private static final IndexSearcher CORPUS = SplitCorpusSearcher.shared();

    /** How many pages came from a page query, and how those pages differed from ranking every match. */
    private record Outcome(int pages, List<String> differences) {
    }

    private static Outcome compare(IndexSearcher searcher, List<SearchRequest> requests) throws IOException {
        int pages = 0;
        List<String> differences = new ArrayList<>();
        TaskOrder order = TaskOrder.load(searcher.getIndexReader());
        for (SearchRequest request : requests) {
            LuceneQueries.Built built = LuceneQueries.build(request);
            if (built.page().isEmpty()) {
                continue;
            }
            Sort sort = LuceneSearchBackend.sort(request, order);
            for (int window : WINDOWS) {
                pages++;
                ScoreDoc[] page = searcher.search(built.page().get(),
                        new TopFieldCollectorManager(sort, window, null, window)).scoreDocs;
                SplitCorpusSearcher.differenceFromEveryMatch(searcher, request, sort, window, page, "page query")
                        .ifPresent(differences::add);
            }
        }
        return new Outcome(pages, differences);
    }

    private static List<SearchRequest> wordsAndRuns() {
        List<SearchRequest> requests = new ArrayList<>();
        CorpusRuns.smartcnWords().forEach(word -> requests.add(Fixtures.request(word)));
        for (String run : CorpusRuns.sample(new Random(33), 400)) {
            requests.add(Fixtures.request(run));
            requests.add(Fixtures.request("\"" + run + "\""));
        }
        return requests;
    }

    private static SearchRequest filtered(String q, List<Integer> years, List<String> leads, boolean fold) {
        return new SearchRequest(q, leads, List.of(), years, null, null, List.of(), List.of(), 1,
                Limits.DEFAULT_SIZE, SearchRequest.Sort.RELEVANCE, fold);
    }

    /** Every match of {@code query} with its score, by doc id. */
    private static Map<Integer, Float> scores(Query query) throws IOException {
        Map<Integer, Float> scores = new TreeMap<>();
        for (ScoreDoc hit : CORPUS.search(query, Math.max(1, CORPUS.count(query))).scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return scores;
    }

    @Test
    void wordsAndRunsOfTheTextsGetThePageThatRankingEveryMatchGives() throws IOException {
        Outcome outcome = compare(CORPUS, wordsAndRuns());
        assertEquals(List.of(), outcome.differences());
        assertEquals(8_805, outcome.pages(), "pages from a page query");
    }

    /**
     * Scores are the same sums of the same clauses, added in another order: equal up to the
     * float rounding of the sums. Filters and exclusions included.
     */
    @Test
    void thePageQueryMatchesTheSearchsTasksWithTheirScores() throws IOException {
        int compared = 0;
        List<SearchRequest> requests = new ArrayList<>(wordsAndRuns());
        requests.addAll(filteredAndExcluded());
        for (SearchRequest request : requests) {
            LuceneQueries.Built built = LuceneQueries.build(request);
            if (built.page().isEmpty()) {
                continue;
            }
            compared++;
            Map<Integer, Float> expected = scores(built.query());
            Map<Integer, Float> actual = scores(built.page().get());
            assertEquals(expected.keySet(), actual.keySet(), request.query());
            expected.forEach((doc, score) -> assertEquals(score, actual.get(doc), Math.ulp(score) * 2,
                    request.query() + " doc " + doc));
        }
        assertEquals(2_991, compared, "searches with a page query");
    }

    @Test
    void filtersAndExclusionsKeepThePage() throws IOException {
        List<SearchRequest> requests = filteredAndExcluded();
        Outcome outcome = compare(CORPUS, requests);
        assertEquals(List.of(), outcome.differences());
        assertEquals(requests.size() * WINDOWS.length, outcome.pages());
    }

    private static List<SearchRequest> filteredAndExcluded() {
        List<SearchRequest> requests = new ArrayList<>();
        for (String term : List.of("扶贫", "农业", "发展", "自治区", SEVERAL_WORDS.get(0), SEVERAL_WORDS.get(1),
                SEVERAL_WORDS.get(2), SEVERAL_WORDS.get(3))) {
            requests.add(Fixtures.request(term + " -建设"));
            requests.add(Fixtures.request("\"" + term + "\" -year:2020"));
            for (int year : List.of(2017, 2020, 2023)) {
                requests.add(filtered(term, List.of(year), List.of(), false));
            }
            requests.add(filtered(term, List.of(), List.of("自治区发展改革委"), false));
            requests.add(filtered(term, List.of(), List.of("宁夏回族自治区农业农村厅"), true));
        }
        return requests;
    }

    /**
     * Long titles holding the word score little beyond the title's constant, while a short text
     * that repeats it scores near the word's weight: the text outranks the titles and must reach
     * the page, though the title clauses weigh more.
     */
    @Test
    void aTextThatOutranksTheTitlesIsNotLost(@TempDir Path root) throws IOException {
        Notice notice = new Notice("outranked", "关于印发任务分工的通知", "自治区人民政府", null, LocalDate.of(2021, 1, 4),
                2021, "宁夏", "fixture/outranked.txt", "", 0);
        List<TaskRecord> tasks = new ArrayList<>();
        String longTitle = "关于进一步加强和改进全区各级各部门统筹推进经济社会发展各项重点工作任务落实情况督查考核评估机制建设";
        for (int i = 1; i <= 4; i++) {
            tasks.add(Fixtures.task(notice.docId(), i, longTitle + "葡萄酒", "做好日常管理工作。", List.of(), List.of(),
                    List.of(), List.of(), notice));
        }
        tasks.add(Fixtures.task(notice.docId(), 5, "加强管理。", "葡萄酒葡萄酒葡萄酒葡萄酒葡萄酒。", List.of(), List.of(), List.of(),
                List.of(), notice));
        for (int i = 6; i <= 400; i++) {
            tasks.add(Fixtures.task(notice.docId(), i, "加强管理。", "做好日常管理工作。", List.of(), List.of(), List.of(),
                    List.of(), notice));
        }
        Fixtures.build(root, List.of(new ParsedFile(notice.sourceFile(), List.of(notice), tasks, List.of(), null,
                List.of())));
        try (DirectoryReader own = DirectoryReader.open(FSDirectory.open(
                new IndexLocation(root).currentIndex().orElseThrow()))) {
            IndexSearcher ownSearcher = new IndexSearcher(own);
            SearchRequest request = Fixtures.request("葡萄酒");
            LuceneQueries.Built built = LuceneQueries.build(request);
            ScoreDoc[] page = ownSearcher.search(built.page().orElseThrow(),
                    new TopFieldCollectorManager(LuceneSearchBackend.sort(request, TaskOrder.load(own)), 3, null, 3))
                    .scoreDocs;
            StoredFields stored = ownSearcher.storedFields();
            assertEquals("outranked#5", TaskDocuments.toTask(stored.document(page[0].doc)).taskId(),
                    "the text should outrank the titles: " + describe(page));
            assertEquals(List.of(), compare(ownSearcher, List.of(request)).differences());
        }
    }

    @Test
    void onlyOneTermWhoseLiteralIsOneTermOrOneWordGetsAPageQuery() {
        for (String q : List.of("发展", "自治区", "\"扶贫\"", SEVERAL_WORDS.get(0), "\"" + SEVERAL_WORDS.get(1) + "\"",
                "发展 -建设", "发展 -year:2020")) {
            assertTrue(LuceneQueries.build(Fixtures.request(q)).page().isPresent(), q);
        }
        for (String q : List.of("高质量发展", "发展 建设", "title:发展", "发展 OR 建设", "lead:发展改革委 发展",
                "year:2021 发展", "lead:发展改革委", "-发展", "")) {
            assertTrue(LuceneQueries.build(Fixtures.request(q)).page().isEmpty(), q);
        }
    }
}
