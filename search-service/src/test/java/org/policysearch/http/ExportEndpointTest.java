package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.policysearch.http.ApiServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policysearch.export.TaskRecordWriter;
import org.policysearch.search.CorpusIndexFixture;
import org.policysearch.task.TaskRecord;

/** {@code GET /api/export}: every matching task, streamed, and the rows read back. */
class ExportEndpointTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final ApiServer server = ApiServer.corpus();
    private static final Map<String, TaskRecord> truth = CorpusIndexFixture.tasks().stream()
            .collect(Collectors.toMap(TaskRecord::taskId, Function.identity()));

    /** Searches whose exports are checked: all 283 tasks, a word, filters, a date range. */
    @ParameterizedTest
    @ValueSource(strings = {"", "q=%E6%89%B6%E8%B4%AB", "q=%E6%89%B6%E8%B4%AB&year=2017&sort=date",
            "region=%E5%86%85%E8%92%99%E5%8F%A4", "from=2020&to=2023-03-10", "q=%E6%89%B6%E8%B4%AB&page=3&size=1"})
    void jsonLinesHoldEveryMatchInTheSearchOrder(String query) {
        ApiServer.Reply reply = server.get("/api/export?" + query + "&format=jsonl");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("application/x-ndjson", reply.header("Content-Type"));
        assertEquals("attachment; filename=\"policy-search-tasks.jsonl\"", reply.header("Content-Disposition"));
        List<String> ids = new ArrayList<>();
        for (String line : reply.body().split("\n")) {
            TaskRecord task = read(line);
            assertEquals(truth.get(task.taskId()), task, "a line reads back as the parsed task");
            ids.add(task.taskId());
        }
        assertEquals(searchIds(query), ids, "the rows are the search's matches, all pages, in its order");
    }

    @Test
    void csvHasAHeaderAndOneRowPerMatch() throws IOException {
        String query = "q=" + enc("产业") + "&sort=date";
        ApiServer.Reply reply = server.get("/api/export?" + query + "&format=csv");
        assertEquals(200, reply.status());
        assertEquals("text/csv; charset=utf-8", reply.header("Content-Type"));
        assertEquals("attachment; filename=\"policy-search-tasks.csv\"", reply.header("Content-Disposition"));
        assertFalse(reply.body().startsWith("\uFEFF"), "plain CSV has no BOM");
        List<CSVRecord> rows = parse(reply.body());
        assertEquals(searchIds(query), rows.stream().map(r -> r.get("taskId")).toList());
        for (CSVRecord row : rows) {
            TaskRecord task = truth.get(row.get("taskId"));
            assertEquals(task.title(), row.get("title"));
            assertEquals(task.text(), row.get("text"));
            assertEquals(String.join(TaskRecordWriter.LIST_SEPARATOR, task.leadAgencies()), row.get("leadAgencies"));
            assertEquals(String.join(TaskRecordWriter.LIST_SEPARATOR, task.cooperatingCanonical()),
                    row.get("cooperatingCanonical"));
            assertEquals(task.date() == null ? "" : task.date().toString(), row.get("date"));
        }
    }

    @Test
    void excelCsvStartsWithAByteOrderMark() throws IOException {
        HttpResponse<byte[]> response = server.bytes("/api/export?year=2023&format=excel");
        assertEquals(200, response.statusCode());
        assertEquals("attachment; filename=\"policy-search-tasks-excel.csv\"",
                response.headers().firstValue("Content-Disposition").orElseThrow());
        assertArrayEquals(UTF8_BOM, Arrays.copyOf(response.body(), 3));
        String csv = new String(response.body(), 3, response.body().length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = parse(csv);
        assertEquals(67, rows.size(), "the gazette's two 2023 documents: 34 and 33 tasks");
        assertEquals(searchIds("year=2023"), rows.stream().map(r -> r.get("taskId")).toList());
    }

    @Test
    void noMatchGivesAnEmptyExportWithItsHeader() throws IOException {
        ApiServer.Reply csv = server.get("/api/export?q=" + enc("不存在的词语组合") + "&format=csv");
        assertEquals(200, csv.status());
        assertEquals(String.join(",", TaskRecordWriter.columns()) + "\r\n", csv.body());
        ApiServer.Reply jsonl = server.get("/api/export?q=" + enc("不存在的词语组合"));
        assertEquals(200, jsonl.status());
        assertEquals("", jsonl.body(), "jsonl is the default format");
    }

    @Test
    void refusedExportsAreJsonErrorsNotAttachments() {
        ApiServer.Reply format = server.get("/api/export?format=xlsx");
        assertEquals("'format' must be one of jsonl, csv, excel; got 'xlsx'", format.assertError(400, "bad_parameter", "format"));
        ApiServer.Reply query = server.get("/api/export?format=csv&q=" + enc("\"unclosed"));
        query.assertError(400, "bad_query", "q");
        assertNull(query.header("Content-Disposition"));
        assertEquals("application/json", query.header("Content-Type"));
    }

    /** The ids of every match, read page by page from the search endpoint. */
    private static List<String> searchIds(String query) {
        String filters = Arrays.stream(query.split("&"))
                .filter(p -> !p.startsWith("page=") && !p.startsWith("size=") && !p.isEmpty())
                .collect(Collectors.joining("&"));
        List<String> ids = new ArrayList<>();
        long total;
        int page = 1;
        do {
            JsonNode body = server.json("/api/search?" + filters + "&size=100&page=" + page++);
            total = body.get("total").asLong();
            body.get("hits").forEach(h -> ids.add(h.get("taskId").asText()));
        } while (ids.size() < total);
        assertEquals(total, ids.size());
        return ids;
    }

    private static TaskRecord read(String line) {
        try {
            return ApiServer.JSON.readValue(line, TaskRecord.class);
        } catch (IOException e) {
            throw new AssertionError("not a task: " + line, e);
        }
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertEquals(TaskRecordWriter.columns(), parser.getHeaderNames());
            return parser.getRecords();
        }
    }
}
