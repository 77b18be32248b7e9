package org.policysearch.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.task.TaskRecord;

class TaskRecordWriterTest {

    private static final TaskRecord TASK = new TaskRecord("d#1", "d", 1, "1.", "二、任务", "=HYPERLINK(\"http://x\")",
            "-2+3 正文", List.of("自治区财政厅"), List.of("自治区发展改革委", "自治区农牧厅"), List.of(),
            List.of("宁夏回族自治区财政厅"), List.of("宁夏回族自治区发展改革委", "宁夏回族自治区农牧厅"), List.of(),
            "通知", "@issuer", null, LocalDate.of(2017, 3, 1), 2017, "宁夏", "d.txt");

    private static String write(ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TaskRecordWriter writer = TaskRecordWriter.open(format, out)) {
            writer.write(TASK);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLineWithIsoDates() throws Exception {
        String json = write(ExportFormat.JSONL);
        assertTrue(json.endsWith("}\n"));
        assertTrue(json.contains("\"date\":\"2017-03-01\""), json);
        assertTrue(json.contains("\"cooperatingAgencies\":[\"自治区发展改革委\",\"自治区农牧厅\"]"), json);
    }

    @Test
    void plainCsvKeepsCellsAsWritten() throws Exception {
        String csv = write(ExportFormat.CSV);
        assertEquals(String.join(",", TaskRecordWriter.columns()), csv.lines().findFirst().orElseThrow());
        assertTrue(csv.contains(",\"=HYPERLINK(\"\"http://x\"\")\",-2+3 正文,"), csv);
        assertTrue(csv.contains(",自治区发展改革委;自治区农牧厅,"), csv);
    }

    @Test
    void excelCsvHasABomAndNoLiveFormulas() throws Exception {
        String csv = write(ExportFormat.EXCEL);
        assertTrue(csv.startsWith("\uFEFFtaskId,"));
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",'-2+3 正文,"), csv);
        assertTrue(csv.contains(",'@issuer,"), csv);
    }
}
