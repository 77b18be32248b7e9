package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policysearch.parse.Notice;
import org.policysearch.parse.ParsedFile;
import org.policysearch.search.LuceneSearchBackend.Caching;
import org.policysearch.task.TaskRecord;

/**
 * Facets are counted while the search collects its matches, {@value MatchBatches#BATCH} doc ids at
 * a time per slice: with thousands of matches, every slice counts full batches and a part-filled
 * last one, and the counts are exactly those of the tasks written, on one thread and split in three.
 * (The corpus has 283 tasks, fewer than one batch.)
 */
class MatchCountingTest {

    private static final List<String> LEADS = List.of("自治区扶贫办", "自治区发展改革委", "自治区财政厅",
            "自治区农业农村厅", "自治区教育厅");
    private static final int TASKS_PER_NOTICE = 2_500;
    private static final int[] YEARS = {2017, 2019, 2021};

    @TempDir
    static Path root;

    /** Expected counts of the tasks whose title holds 扶贫: by dimension, by value. */
    private static final Map<String, Map<String, Long>> EXPECTED = new TreeMap<>();
    private static long expectedTotal;

    @BeforeAll
    static void build() throws IOException {
        List<ParsedFile> files = new ArrayList<>();
        for (int year : YEARS) {
            String docId = "batch-" + year;
            Notice notice = new Notice(docId, "关于印发重点任务分工的通知", "自治区人民政府办公厅", null,
                    LocalDate.of(year, 5, 1), year, "宁夏", "fixture/" + docId + ".txt", "", TASKS_PER_NOTICE);
            List<TaskRecord> tasks = new ArrayList<>();
            for (int n = 1; n <= TASKS_PER_NOTICE; n++) {
                boolean matches = (n + year) % 3 != 0;
                String lead = LEADS.get((n * 7 + year) % LEADS.size());
                String cooperating = LEADS.get((n * 3 + year + 1) % LEADS.size());
                tasks.add(Fixtures.task(docId, n, matches ? "实施精准扶贫。" : "推进工作。", "提高成效。",
                        List.of(lead), List.of(lead), List.of(cooperating), List.of(cooperating), notice));
                if (matches) {
                    expectedTotal++;
                    add("lead", lead);
                    add("agency", lead);
                    if (!cooperating.equals(lead)) {
                        add("agency", cooperating);
                    }
                    add("year", String.valueOf(year));
                    add("doc", docId);
                    add("region", "宁夏");
                }
            }
            files.add(new ParsedFile(notice.sourceFile(), List.of(notice), tasks, List.of(), null, List.of()));
        }
        Fixtures.build(root, files);
    }

    private static void add(String dim, String value) {
        EXPECTED.computeIfAbsent(dim, d -> new TreeMap<>()).merge(value, 1L, Long::sum);
    }

    @ParameterizedTest(name = "{0} search threads")
    @ValueSource(ints = {1, 3})
    void countsEveryMatchOnceAcrossBatchesAndSlices(int threads) throws IOException {
        try (LuceneSearchBackend backend = LuceneSearchBackend.open(root, Caching.OFF, new SearchThreads(threads))) {
            SearchResult result = backend.search(Fixtures.request("扶贫"));

            assertTrue(expectedTotal / threads > MatchBatches.BATCH, "each slice fills a batch: " + expectedTotal);
            assertEquals(expectedTotal, result.total());
            Map<String, Map<String, Long>> actual = new TreeMap<>();
            result.facets().forEach((dim, values) -> values.forEach(v ->
                    actual.computeIfAbsent(dim, d -> new TreeMap<>()).put(v.value(), v.count())));
            assertEquals(EXPECTED, actual);
        }
    }
}
