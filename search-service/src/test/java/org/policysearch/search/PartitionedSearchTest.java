package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.parse.Notice;
import org.policysearch.parse.ParsedFile;
import org.policysearch.search.LuceneSearchBackend.Caching;
import org.policysearch.task.TaskRecord;

/**
 * A search split over threads, in partitions of the build's one segment, answers exactly as one
 * thread does: same total, same hits in the same order with the same scores, same facet counts,
 * same who-leads ranking with the same evidence.
 */
class PartitionedSearchTest {

    private static final String FUPIN_BAN = "宁夏回族自治区扶贫办";

    /** Match-all, broad and narrow words, a phrase, NOT, by date, a later page; with and without facet filters. */
    private static final List<SearchRequest> SEARCHES = List.of(
            request("", List.of(), List.of(), 1, SearchRequest.Sort.RELEVANCE, false),
            request("发展", List.of(), List.of(), 1, SearchRequest.Sort.RELEVANCE, false),
            request("发展", List.of(), List.of(), 3, SearchRequest.Sort.RELEVANCE, false),
            request("扶贫", List.of(), List.of(), 1, SearchRequest.Sort.DATE, false),
            request("\"产业发展\" -农业", List.of(), List.of(), 1, SearchRequest.Sort.RELEVANCE, false),
            request("lead:发展改革委", List.of(), List.of(), 1, SearchRequest.Sort.RELEVANCE, true),
            request("发展", List.of(), List.of(2017), 1, SearchRequest.Sort.RELEVANCE, false),
            request("", List.of(FUPIN_BAN), List.of(), 1, SearchRequest.Sort.RELEVANCE, true));

    private static SearchRequest request(String q, List<String> lead, List<Integer> years, int page,
                                         SearchRequest.Sort sort, boolean fold) {
        return new SearchRequest(q, lead, List.of(), years, null, null, List.of(), List.of(), page, 10, sort, fold);
    }

    @Test
    void threeThreadsAnswerAsOne() throws IOException {
        try (LuceneSearchBackend one = LuceneSearchBackend.open(CorpusIndexFixture.indexDir(), Caching.OFF,
                new SearchThreads(1));
             LuceneSearchBackend three = LuceneSearchBackend.open(CorpusIndexFixture.indexDir(), Caching.OFF,
                     new SearchThreads(3))) {
            assertEquals(3, three.slices(), "the corpus build is split in three");
            for (SearchRequest search : SEARCHES) {
                SearchResult alone = one.search(search);
                assertEquals(alone, three.search(search), search::toString);
                assertEquals(one.whoLeads(search), three.whoLeads(search), () -> "who leads " + search);
            }
            assertEquals(List.of(283L, 103L, 103L, 14L), SEARCHES.subList(0, 4).stream()
                    .map(s -> three.search(s).total()).toList());
        }
    }

    /**
     * An agency leading 250 tasks of one notice, split in three: its evidence is still the first
     * 100 tasks in index order (each slice keeps its own first ones, the merge the first of all).
     */
    @Test
    void whoLeadsEvidenceIsTheFirstTasksAcrossSlices(@TempDir Path root) throws IOException {
        buildOneNotice(root, "many", 250, List.of("自治区扶贫办"), List.of("扶贫办"));
        try (LuceneSearchBackend three = LuceneSearchBackend.open(root, Caching.OFF, new SearchThreads(3))) {
            assertEquals(3, three.slices());
            LeadRanking first = three.whoLeads(Fixtures.request("")).get(0);
            assertEquals(250, first.leadTasks());
            assertEquals(IntStream.rangeClosed(1, Limits.LEAD_EVIDENCE).mapToObj(n -> "many#" + n).toList(),
                    first.taskIds());
        }
    }

    /**
     * More matches than the ranking counts in one batch, on one slice: the full batches and the
     * rest the slice ends with all count, and the evidence is the first tasks.
     */
    @Test
    void whoLeadsCountsEveryBatchOfMatches(@TempDir Path root) throws IOException {
        int tasks = 2 * MatchBatches.BATCH + 3;
        buildOneNotice(root, "long", tasks, List.of("自治区扶贫办"), List.of("扶贫办"), List.of("农牧厅"),
                List.of("农牧厅"));
        try (LuceneSearchBackend one = LuceneSearchBackend.open(root, Caching.OFF, new SearchThreads(1))) {
            List<LeadRanking> ranking = one.whoLeads(Fixtures.request("扶贫"));
            assertEquals(List.of(tasks, 0), ranking.stream().map(LeadRanking::leadTasks).toList());
            assertEquals(List.of(0, tasks), ranking.stream().map(LeadRanking::cooperatingTasks).toList());
            assertEquals(IntStream.rangeClosed(1, Limits.LEAD_EVIDENCE).mapToObj(n -> "long#" + n).toList(),
                    ranking.get(0).taskIds());
        }
    }

    /** Tasks that name no agency at all: the index has no who-leads values, and the ranking is empty. */
    @Test
    void whoLeadsOverTasksWithoutAgenciesIsEmpty(@TempDir Path root) throws IOException {
        buildOneNotice(root, "none", 3, List.of(), List.of());
        try (LuceneSearchBackend three = LuceneSearchBackend.open(root, Caching.OFF, new SearchThreads(3))) {
            assertEquals(3, three.search(Fixtures.request("扶贫")).total());
            assertEquals(List.of(), three.whoLeads(Fixtures.request("扶贫")));
        }
    }

    /**
     * Tasks naming both 农牧厅 and its successor 农业农村厅, as leads and as cooperating agencies:
     * folded, the two are one agency, and each task counts once for it in each role (its evidence
     * names each task once); unfolded, each agency counts every task.
     */
    @Test
    void twoNamesOfOneAgencyInOneTaskCountOnceFolded(@TempDir Path root) throws IOException {
        List<String> written = List.of("自治区农牧厅", "自治区农业农村厅");
        List<String> canonical = List.of("宁夏回族自治区农牧厅", "宁夏回族自治区农业农村厅");
        buildOneNotice(root, "reform", 4, written, canonical, written, canonical);
        try (LuceneSearchBackend three = LuceneSearchBackend.open(root, Caching.OFF, new SearchThreads(3))) {
            SearchRequest all = Fixtures.request("");
            SearchRequest folded = new SearchRequest("", List.of(), List.of(), List.of(), null, null, List.of(),
                    List.of(), 1, 10, SearchRequest.Sort.RELEVANCE, true);
            List<String> tasks = List.of("reform#1", "reform#2", "reform#3", "reform#4");

            // Written as often as each other: the shorter form names the agency.
            assertEquals(List.of(new LeadRanking("自治区农牧厅", "宁夏回族自治区农业农村厅", 4, 4, 1.0, tasks)),
                    three.whoLeads(folded));
            assertEquals(List.of(new LeadRanking("自治区农业农村厅", "宁夏回族自治区农业农村厅", 4, 4, 1.0, tasks),
                    new LeadRanking("自治区农牧厅", "宁夏回族自治区农牧厅", 4, 4, 1.0, tasks)), three.whoLeads(all));
        }
    }

    /** An index of one notice whose {@code count} tasks all read alike and have the same leads. */
    private static void buildOneNotice(Path root, String docId, int count, List<String> lead,
                                       List<String> leadCanonical) throws IOException {
        buildOneNotice(root, docId, count, lead, leadCanonical, List.of(), List.of());
    }

    /** An index of one notice whose {@code count} tasks all read alike and name the same agencies. */
    private static void buildOneNotice(Path root, String docId, int count, List<String> lead,
                                       List<String> leadCanonical, List<String> cooperating,
                                       List<String> cooperatingCanonical) throws IOException {
        Notice notice = new Notice(docId, "关于印发重点任务分工的通知", "自治区人民政府办公厅", null,
                LocalDate.of(2019, 5, 1), 2019, "宁夏", "fixture/" + docId + ".txt", "", count);
        List<TaskRecord> tasks = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            tasks.add(Fixtures.task(docId, n, "实施精准扶贫。", "提高脱贫攻坚成效。", lead, leadCanonical, cooperating,
                    cooperatingCanonical, notice));
        }
        Fixtures.build(root, List.of(new ParsedFile(notice.sourceFile(), List.of(notice), tasks, List.of(), null,
                List.of())));
    }
}
