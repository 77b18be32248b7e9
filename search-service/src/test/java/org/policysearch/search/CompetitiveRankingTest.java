package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.IndexLocation;
import org.policysearch.parse.Notice;
import org.policysearch.parse.ParsedFile;
import org.policysearch.task.TaskRecord;

/**
 * The page {@link CompetitiveRanking} finds while it passes matches over is the page that ranking
 * every match gives: the same tasks in the same order with the same sort values, for random runs
 * of the corpus's texts as terms and phrases, with exclusions and filters, at several page sizes,
 * counted alongside as {@link FacetCounts} does, on a searcher split over two threads as
 * {@code serve} uses.
 */
class CompetitiveRankingTest {

    private static final int[] WINDOWS = {3, 10, 20};

    /**
     * Terms the corpus holds that smartcn reads as several words, each longer than a gram (so that
     * its literal is read from positions, and no page query ranks it).
     */
    private static final List<String> TERMS = List.of("高质量发展", "脱贫攻坚成果", "乡村振兴战略", "基础设施建设", "新型城镇化");

    private static final IndexSearcher CORPUS = SplitCorpusSearcher.shared();

    /** How many pages were compared, how many matches their rankings passed over, and the pages that differed. */
    private record Outcome(int pages, long passedOver, List<String> differences) {
    }

    private static Outcome compare(IndexSearcher searcher, List<SearchRequest> requests) throws IOException {
        int pages = 0;
        long passedOver = 0;
        List<String> differences = new ArrayList<>();
        TaskOrder order = TaskOrder.load(searcher.getIndexReader());
        for (SearchRequest request : requests) {
            LuceneQueries.Built built = LuceneQueries.build(request);
            Sort sort = LuceneSearchBackend.sort(request, order);
            for (int window : WINDOWS) {
                Optional<CompetitiveRanking> ranking = CompetitiveRanking.of(searcher, built.scoreParts(), window, sort);
                if (ranking.isEmpty()) {
                    continue;
                }
                pages++;
                Object[] collected = searcher.search(built.query(),
                        new MultiCollectorManager(ranking.get(), new MatchCounting(List.of())));
                passedOver += ((MatchCounting.Counted) collected[1]).total() - ranking.get().ranked();
                SplitCorpusSearcher.differenceFromEveryMatch(searcher, request, sort, window,
                        ((TopFieldDocs) collected[0]).scoreDocs, "competitive").ifPresent(differences::add);
            }
        }
        return new Outcome(pages, passedOver, differences);
    }

    private static SearchRequest filtered(String q, List<Integer> years, List<String> leads) {
        return new SearchRequest(q, leads, List.of(), years, null, null, List.of(), List.of(), 1,
                Limits.DEFAULT_SIZE, SearchRequest.Sort.RELEVANCE, false);
    }

    @Test
    void runsOfTheTextsAsTermsAndPhrasesGetThePage() throws IOException {
        List<SearchRequest> requests = new ArrayList<>();
        for (String run : CorpusRuns.sample(new Random(21), 600)) {
            requests.add(Fixtures.request(run));
            requests.add(Fixtures.request("\"" + run + "\""));
        }
        Outcome outcome = compare(CORPUS, requests);
        assertEquals(List.of(), outcome.differences());
        assertTrue(outcome.pages() > 1_000, outcome.pages() + " pages");
    }

    /**
     * Every task holds the term in its text, one in ten in its title too, with titles shortening
     * (scoring higher) further down the index: the page fills early and keeps changing, so most
     * matches are passed over while later titles must still reach it. A bound without the title's
     * words, or without the term's literal and text words, loses them.
     */
    @Test
    void aPageThatKeepsImprovingIsFoundWhileMostMatchesArePassedOver(@TempDir Path root) throws IOException {
        Notice notice = new Notice("improving", "关于印发任务分工的通知", "自治区人民政府", null, LocalDate.of(2021, 1, 4),
                2021, "宁夏", "fixture/improving.txt", "", 0);
        List<TaskRecord> tasks = new ArrayList<>();
        int count = 3_000;
        for (int i = 1; i <= count; i++) {
            String filler = "统筹推进经济社会发展".repeat((count - i) / 400);
            String title = switch (i % 10) {
                case 0 -> "推进葡萄酒产业" + filler;
                case 5 -> "葡萄酒和相关产业" + filler;
                default -> "加强日常管理" + filler;
            };
            tasks.add(Fixtures.task(notice.docId(), i, title, "做好葡萄酒产业管理工作。" + filler.repeat(i % 3), List.of(),
                    List.of(), List.of(), List.of(), notice));
        }
        Fixtures.build(root, List.of(new ParsedFile(notice.sourceFile(), List.of(notice), tasks, List.of(), null,
                List.of())));
        try (DirectoryReader own = DirectoryReader.open(FSDirectory.open(
                new IndexLocation(root).currentIndex().orElseThrow()))) {
            Outcome outcome = compare(new IndexSearcher(own), List.of(Fixtures.request("葡萄酒产业"),
                    Fixtures.request("\"葡萄酒产业\"")));
            assertEquals(List.of(), outcome.differences());
            assertEquals(2 * WINDOWS.length, outcome.pages());
            assertTrue(outcome.passedOver() > 2 * WINDOWS.length * count / 2, outcome.passedOver() + " passed over");
        }
    }

    @Test
    void filtersAndExclusionsKeepThePage() throws IOException {
        List<SearchRequest> requests = new ArrayList<>();
        for (String term : TERMS) {
            requests.add(Fixtures.request(term + " -农业"));
            requests.add(Fixtures.request("\"" + term + "\" -year:2020"));
            for (int year : List.of(2017, 2020, 2023)) {
                requests.add(filtered(term, List.of(year), List.of()));
            }
            requests.add(filtered(term, List.of(), List.of("自治区发展改革委")));
        }
        Outcome outcome = compare(CORPUS, requests);
        assertEquals(List.of(), outcome.differences());
        assertEquals(requests.size() * WINDOWS.length, outcome.pages());
    }

    @Test
    void onlyRelevanceOfOneTermOfSeveralWordsIsRankedCompetitively() throws IOException {
        SearchRequest byDate = new SearchRequest(TERMS.get(0), List.of(), List.of(), List.of(), null, null, List.of(),
                List.of(), 1, Limits.DEFAULT_SIZE, SearchRequest.Sort.DATE, false);
        List<SearchRequest> refused = new ArrayList<>(List.of(byDate));
        TaskOrder order = TaskOrder.load(CORPUS.getIndexReader());
        for (String q : List.of("发展", "title:" + TERMS.get(0), TERMS.get(0) + " 建设", TERMS.get(0) + " OR 建设",
                "lead:发展改革委 " + TERMS.get(0), "year:2021 " + TERMS.get(0), "lead:发展改革委", "")) {
            refused.add(Fixtures.request(q));
        }
        for (SearchRequest request : refused) {
            assertTrue(CompetitiveRanking.of(CORPUS, LuceneQueries.build(request).scoreParts(), 3,
                    LuceneSearchBackend.sort(request, order)).isEmpty(), request.query());
        }
        assertTrue(CompetitiveRanking.of(CORPUS, LuceneQueries.build(Fixtures.request(TERMS.get(0))).scoreParts(), 3,
                LuceneSearchBackend.sort(Fixtures.request(TERMS.get(0)), order)).isPresent());
    }
}
