package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policysearch.search.SplitCorpusSearcher.describe;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.IndexLocation;
import org.policysearch.index.TaskDocuments;
import org.policysearch.parse.Notice;
import org.policysearch.parse.ParsedFile;
import org.policysearch.task.TaskRecord;

/**
 * A page ranked over the tasks whose titles hold the term is, whenever {@link TitleFirstPage}
 * gives one, the page that ranking every match gives: the same tasks in the same order with the
 * same sort values, for every word smartcn reads in the corpus, at several page sizes, with and
 * without a year filter, on a searcher split over two threads as {@code serve} uses.
 */
class TitleFirstPageTest {

    private static final int[] WINDOWS = {3, 10, 20};

    private static final IndexSearcher CORPUS = SplitCorpusSearcher.shared();

    /** How many of the requests got a title-first page, and how those pages differed from ranking every match. */
    private record Outcome(int titleFirst, List<String> differences) {
    }

    private static Outcome compare(List<SearchRequest> requests) throws IOException {
        int titleFirst = 0;
        List<String> differences = new ArrayList<>();
        for (SearchRequest request : requests) {
            LuceneQueries.Built built = LuceneQueries.build(request);
            Sort sort = LuceneSearchBackend.sort(request);
            for (int window : WINDOWS) {
                Optional<TopFieldDocs> page = TitleFirstPage.find(CORPUS, built, window, sort);
                if (page.isEmpty()) {
                    continue;
                }
                titleFirst++;
                SplitCorpusSearcher.differenceFromEveryMatch(CORPUS, request, window, page.get().scoreDocs,
                        "title first").ifPresent(differences::add);
            }
        }
        return new Outcome(titleFirst, differences);
    }

    private static SearchRequest withYear(String q, int year) {
        return new SearchRequest(q, List.of(), List.of(), List.of(year), null, null, List.of(), List.of(), 1,
                Limits.DEFAULT_SIZE, SearchRequest.Sort.RELEVANCE, false);
    }

    @Test
    void everyWordSmartcnReadsGetsThePageThatRankingEveryMatchGives() throws IOException {
        List<SearchRequest> requests = CorpusRuns.smartcnWords().stream().map(Fixtures::request).toList();
        Outcome outcome = compare(requests);
        assertEquals(List.of(), outcome.differences());
        assertTrue(outcome.titleFirst() > 200, outcome.titleFirst() + " title-first pages");
    }

    @Test
    void aYearFilterKeepsThePage() throws IOException {
        List<SearchRequest> requests = new ArrayList<>();
        for (String word : List.of("扶贫", "农业", "发展", "建设", "推进", "自治区", "工作")) {
            for (int year : List.of(2017, 2020, 2023)) {
                requests.add(withYear(word, year));
            }
        }
        Outcome outcome = compare(requests);
        assertEquals(List.of(), outcome.differences());
        assertTrue(outcome.titleFirst() > 0, "no title-first page");
    }

    /**
     * Long titles holding the word score little beyond the title's constant, while a short text
     * that repeats it scores near the word's weight: with the word rare among many tasks, that text
     * outranks the titles, so ranking the titles alone would lose it.
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
            Sort sort = LuceneSearchBackend.sort(request);
            ScoreDoc[] every = ownSearcher.search(built.query(), new TopFieldCollectorManager(sort, 3, null,
                    Integer.MAX_VALUE)).scoreDocs;
            StoredFields stored = ownSearcher.storedFields();
            assertEquals("outranked#5", TaskDocuments.toTask(stored.document(every[0].doc)).taskId(),
                    "the text should outrank the titles: " + describe(every));
            assertEquals(Optional.empty(), TitleFirstPage.find(ownSearcher, built, 3, sort).map(top -> top.scoreDocs)
                    .map(SplitCorpusSearcher::describe));
        }
    }

    @Test
    void onlyRelevanceOfOneWordIsRankedTitleFirst() throws IOException {
        for (String q : List.of("发展 建设", "\"生态建设\"", "title:发展", "发展 OR 建设", "lead:发展改革委 发展")) {
            assertTrue(TitleFirstPage.find(CORPUS, LuceneQueries.build(Fixtures.request(q)), 3,
                    LuceneSearchBackend.sort(Fixtures.request(q))).isEmpty(), q);
        }
        SearchRequest byDate = new SearchRequest("发展", List.of(), List.of(), List.of(), null, null, List.of(),
                List.of(), 1, Limits.DEFAULT_SIZE, SearchRequest.Sort.DATE, false);
        assertTrue(TitleFirstPage.find(CORPUS, LuceneQueries.build(byDate), 3, LuceneSearchBackend.sort(byDate))
                .isEmpty());
        assertTrue(TitleFirstPage.find(CORPUS, LuceneQueries.build(Fixtures.request("发展")), 3,
                LuceneSearchBackend.sort(Fixtures.request("发展"))).isPresent());
    }
}
