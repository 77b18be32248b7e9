package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.parse.Notice;
import org.policysearch.parse.ParsedFile;
import org.policysearch.task.TaskRecord;

/**
 * Runs found through the ".grams" fields: a run of three or four Han characters is one term, a
 * longer one its first and last grams confirmed by the phrase, so a text holding both grams apart
 * is not a match.
 */
class RunGramsTest {

    private static final String DOC = "grams-2021";

    @TempDir
    static Path root;
    static LuceneSearchBackend backend;

    @BeforeAll
    static void build() throws IOException {
        Notice notice = new Notice(DOC, "关于推进农业现代化的通知", "自治区人民政府", null,
                LocalDate.of(2021, 5, 1), 2021, "宁夏", "grams/2021.txt", "", 3);
        List<TaskRecord> tasks = List.of(
                Fixtures.task(DOC, 1, "推进农业现代化。", "加快农业现代化步伐。",
                        List.of(), List.of(), List.of(), List.of(), notice),
                Fixtures.task(DOC, 2, "发展农业。", "农业现代，业现代化，两个片段相隔。",
                        List.of(), List.of(), List.of(), List.of(), notice),
                Fixtures.task(DOC, 3, "农业现代", "业现代化",
                        List.of(), List.of(), List.of(), List.of(), notice));
        Fixtures.build(root, List.of(new ParsedFile(notice.sourceFile(), List.of(notice), tasks, List.of(), null,
                List.of())));
        backend = LuceneSearchBackend.open(root);
    }

    @AfterAll
    static void close() throws IOException {
        backend.close();
    }

    private static List<String> ids(String q) {
        return backend.search(Fixtures.request(q)).hits().stream().map(h -> h.task().taskId()).sorted().toList();
    }

    @Test
    void aLongRunNeedsItsGramsInOneRun() {
        assertEquals(List.of(DOC + "#1"), ids("农业现代化"));
        assertEquals(List.of(DOC + "#1"), ids("title:农业现代化"));
        assertEquals(List.of(DOC + "#1"), ids("快农业现代化"));
        assertEquals(List.of(DOC + "#1"), ids("农业现代化步伐"));
        assertEquals(List.of(), ids("农业现代业现代化"));
    }

    @Test
    void shortRunsAreFoundWhereverTheyStand() {
        assertEquals(List.of(DOC + "#1", DOC + "#2", DOC + "#3"), ids("农业现代"));
        assertEquals(List.of(DOC + "#1", DOC + "#2", DOC + "#3"), ids("业现代化"));
        assertEquals(List.of(DOC + "#1", DOC + "#2", DOC + "#3"), ids("现代化"));
        assertEquals(List.of(DOC + "#1"), ids("现代化步伐"));
        assertEquals(List.of(), ids("代业现"));
    }

    @Test
    void aRunIsMarkedInTheTextItMatched() {
        SearchHit hit = backend.search(Fixtures.request("农业现代化")).hits().get(0);
        assertEquals("推进<mark>农业现代化</mark>。", hit.titleHtml());
        assertEquals("加快<mark>农业现代化</mark>步伐。", hit.snippetHtml());
    }
}
