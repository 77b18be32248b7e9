package org.policysearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.task.TaskRecord;

/** Bad and unusual input: each gets a clear message naming the file, and nothing else is lost. */
class CorpusReaderTest {

    /** Two tasks in the shape of 000, written for these tests. */
    static final String NOTICE = """
            为认真贯彻落实《西部大开发“十三五”规划》（发改西部〔2017〕89号），结合宁夏实际，特制定本方案。
            　　二、重点任务及分工
            　　（一）重大政策。
            　　1.加快民族地区发展。确保转移支付比重继续增加。（牵头单位：自治区财政厅；配合单位：自治区发展改革委、农牧厅，五市人民政府）
            　　2.实施精准扶贫。坚持精准扶贫、精准脱贫。(责任单位:自治区扶贫办,自治区财政厅,各市、县(区)人民政府)
            """;

    private final CorpusReader reader = new CorpusReader(AgencyRegistry.bundled());

    @TempDir
    Path corpus;

    private ParsedFile read(String name) {
        return reader.read(corpus, corpus.resolve(name));
    }

    @Test
    void gbkEncodedNotice() throws Exception {
        Files.write(corpus.resolve("gbk.txt"), NOTICE.getBytes(Charset.forName("GBK")));
        ParsedFile parsed = read("gbk.txt");
        assertEquals(2, parsed.tasks().size());
        assertEquals(List.of("自治区财政厅"), parsed.tasks().get(0).leadAgencies());
        assertEquals(List.of("自治区发展改革委", "自治区农牧厅", "五市人民政府"), parsed.tasks().get(0).cooperatingAgencies());
        TaskRecord second = parsed.tasks().get(1);
        assertEquals(List.of("自治区扶贫办"), second.leadAgencies());
        assertEquals(List.of("宁夏回族自治区财政厅", "宁夏各市、县（区）人民政府"), second.cooperatingCanonical());
        assertEquals(2017, second.year());
    }

    /** A mirror's copy in traditional characters parses exactly like the simplified original. */
    @Test
    void traditionalScriptParsesLikeSimplified() throws Exception {
        String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(NOTICE);
        Files.writeString(corpus.resolve("simplified.txt"), NOTICE);
        Files.write(corpus.resolve("traditional.txt"), traditional.getBytes(Charset.forName("Big5")));
        ParsedFile simplified = read("simplified.txt");
        ParsedFile mirror = read("traditional.txt");
        assertTrue(mirror.tasks().get(0).leadAgencies().get(0).contains("財政廳"), mirror.tasks().toString());
        for (int i = 0; i < 2; i++) {
            assertEquals(simplified.tasks().get(i).leadCanonical(), mirror.tasks().get(i).leadCanonical());
            assertEquals(simplified.tasks().get(i).cooperatingCanonical(), mirror.tasks().get(i).cooperatingCanonical());
            assertEquals(simplified.tasks().get(i).taskNumber(), mirror.tasks().get(i).taskNumber());
        }
    }

    @Test
    void emptyAndBinaryFilesAreSkippedWithAReason() throws Exception {
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        assertEquals("empty.txt: empty file", read("empty.txt").skipped().toString());
        assertTrue(read("image.txt").isSkipped());
        assertTrue(read("image.txt").skipped().toString().startsWith("image.txt: "), read("image.txt").skipped().toString());
    }

    @Test
    void noticeWithoutNumberedTasksIsADocumentWithANote() throws Exception {
        Files.writeString(corpus.resolve("letter.txt"), "各市、县（区）人民政府：\n现将有关事项通知如下，请认真贯彻落实。\n宁夏回族自治区人民政府办公厅\n2021年5月6日\n");
        ParsedFile parsed = read("letter.txt");
        assertEquals(1, parsed.notices().size());
        assertEquals(0, parsed.tasks().size());
        assertEquals("宁夏回族自治区人民政府办公厅", parsed.notices().get(0).issuer());
        assertEquals(2021, parsed.notices().get(0).year());
        assertEquals(List.of("letter.txt:1: document letter has no numbered tasks"),
                parsed.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void clauseCutOffMidListKeepsTheCompleteUnits() throws Exception {
        Files.writeString(corpus.resolve("cut.txt"), NOTICE.strip() + "\n　　3.加强组织领导。完善工作机制。（牵头单位：自治区发展改革委；配合单位：自治区财政厅、农牧");
        ParsedFile parsed = read("cut.txt");
        TaskRecord cut = parsed.tasks().get(2);
        assertEquals(List.of("自治区发展改革委"), cut.leadAgencies());
        assertEquals(List.of("自治区财政厅"), cut.cooperatingAgencies());
        assertEquals("完善工作机制。", cut.text());
        assertTrue(parsed.problems().stream().anyMatch(p -> p.toString().equals(
                "cut.txt:6: task 3.: agency clause cut off; its last, incomplete unit is not used")), parsed.problems().toString());
    }

    @Test
    void sidecarFillsWhatTheTextLacks() throws Exception {
        Files.writeString(corpus.resolve("n.txt"), NOTICE);
        Files.writeString(corpus.resolve("n.meta.json"),
                "{\"title\":\"西部大开发分工方案\",\"issuer\":\"宁夏回族自治区人民政府办公厅\",\"date\":\"2017-05-01\",\"year\":2016,\"source\":\"x\"}");
        Notice notice = read("n.txt").notices().get(0);
        assertEquals("关于落实《西部大开发“十三五”规划》的任务分工", notice.title(), "the text's own title comes first");
        assertEquals("宁夏回族自治区人民政府办公厅", notice.issuer());
        assertEquals(java.time.LocalDate.of(2017, 5, 1), notice.date());
        assertEquals(2017, notice.year());
    }

    @Test
    void brokenSidecarIsReportedAndIgnored() throws Exception {
        Files.writeString(corpus.resolve("n.txt"), NOTICE);
        Files.writeString(corpus.resolve("n.meta.json"), "{\"date\": \"May 2017\"");
        ParsedFile parsed = read("n.txt");
        assertEquals(2, parsed.tasks().size());
        assertTrue(parsed.problems().get(0).toString().startsWith("n.meta.json: sidecar ignored"), parsed.problems().toString());
    }

    @Test
    void filesListsNoticesOnlyAndRefusesAMissingFolder() throws Exception {
        Files.writeString(corpus.resolve("b.txt"), NOTICE);
        Files.writeString(corpus.resolve("a.txt"), NOTICE);
        Files.writeString(corpus.resolve("a.meta.json"), "{}");
        Files.writeString(corpus.resolve("NOTES.md"), "notes");
        assertEquals(List.of(corpus.resolve("a.txt"), corpus.resolve("b.txt")), reader.files(corpus));
        assertThrows(NoSuchFileException.class, () -> reader.files(corpus.resolve("missing")));
    }

    @Test
    void crlfAndUtf16WithBomReadLikeUtf8() throws Exception {
        Files.writeString(corpus.resolve("crlf.txt"), NOTICE.replace("\n", "\r\n"), StandardCharsets.UTF_16);
        ParsedFile parsed = read("crlf.txt");
        assertNull(parsed.skipped());
        assertEquals(2, parsed.tasks().size());
        assertEquals("确保转移支付比重继续增加。", parsed.tasks().get(0).text());
    }

    /** Every task of the files, in order: what a build indexes (one entry per task id). */
    private List<TaskRecord> readAll() throws Exception {
        List<TaskRecord> tasks = new ArrayList<>();
        for (Path file : reader.files(corpus)) {
            tasks.addAll(reader.read(corpus, file).tasks());
        }
        return tasks;
    }

    @Test
    void filesOfOneNameInTwoFoldersKeepTheirDocumentsApart() throws Exception {
        Files.createDirectories(corpus.resolve("2017"));
        Files.createDirectories(corpus.resolve("2019"));
        Files.writeString(corpus.resolve("2017/notice.txt"), NOTICE);
        Files.writeString(corpus.resolve("2019/notice.txt"), NOTICE);
        Files.writeString(corpus.resolve("2019/other.txt"), NOTICE);
        List<TaskRecord> tasks = readAll();
        assertEquals(List.of("2017~notice#1", "2017~notice#2", "2019~notice#1", "2019~notice#2", "other#1", "other#2"),
                tasks.stream().map(TaskRecord::taskId).toList());
        assertEquals("2019/notice.txt", tasks.get(2).sourceFile());
    }

    /** A later listing (the next build) takes in files added since the reader first read the folder. */
    @Test
    void aNewListingTakesInFilesAddedSince() throws Exception {
        Files.createDirectories(corpus.resolve("2017"));
        Files.writeString(corpus.resolve("2017/notice.txt"), NOTICE);
        assertEquals("notice#1", readAll().get(0).taskId());
        Files.createDirectories(corpus.resolve("2019"));
        Files.writeString(corpus.resolve("2019/notice.txt"), NOTICE);
        assertEquals(List.of("2017~notice#1", "2017~notice#2", "2019~notice#1", "2019~notice#2"),
                readAll().stream().map(TaskRecord::taskId).toList());
    }

    /** Seed 002 is a gazette of two documents, 002_2da70cd6da6af075-1 and -2. */
    @Test
    void aDocumentIdThatAnotherFileTakesIsRefusedNamingTheOther() throws Exception {
        Path gazette = SeedCorpus.path().resolve("002_2da70cd6da6af075.txt");
        Files.copy(gazette, corpus.resolve("gazette.txt"));
        Files.writeString(corpus.resolve("gazette-1.txt"), NOTICE);
        Files.createDirectories(corpus.resolve("a"));
        Files.writeString(corpus.resolve("a/notice.txt"), NOTICE);
        Files.writeString(corpus.resolve("notice.txt"), NOTICE);
        Files.writeString(corpus.resolve("a~notice.txt"), NOTICE);

        ParsedFile parts = read("gazette.txt");
        assertEquals(List.of("gazette-2"), parts.notices().stream().map(Notice::docId).toList());
        assertTrue(parts.tasks().stream().allMatch(task -> task.docId().equals("gazette-2")));
        assertTrue(parts.problems().stream().anyMatch(problem -> problem.toString().equals(
                "gazette.txt: document gazette-1 skipped: gazette-1.txt has that id; rename one of the two files")),
                parts.problems().toString());
        assertEquals(List.of("gazette-1#1", "gazette-1#2"), read("gazette-1.txt").tasks().stream()
                .map(TaskRecord::taskId).toList());

        assertEquals(2, read("a/notice.txt").tasks().size());
        assertEquals("a~notice.txt: its documents would take the id a~notice of a/notice.txt; rename one of the two files",
                read("a~notice.txt").skipped().toString());
    }
}
