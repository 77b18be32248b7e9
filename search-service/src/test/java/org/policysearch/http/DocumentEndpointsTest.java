package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policysearch.http.ApiServer.enc;
import static org.policysearch.http.ApiServer.fieldNames;
import static org.policysearch.http.ApiServer.tree;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.search.CorpusIndexFixture;
import org.policysearch.task.TaskRecord;

/** Tasks and documents by id, the document list and health, over the corpus index. */
class DocumentEndpointsTest {

    private static final ApiServer server = ApiServer.corpus();

    /** Every task of the corpus, fetched by id, is exactly what the parser read. */
    @Test
    void everyTaskByIdIsTheParsedTask() {
        List<TaskRecord> truth = CorpusIndexFixture.tasks();
        assertEquals(283, truth.size());
        for (TaskRecord task : truth) {
            ApiServer.Reply reply = server.get("/api/tasks/" + enc(task.taskId()));
            assertEquals(200, reply.status(), task.taskId());
            assertEquals(tree(task), reply.json(), task.taskId());
        }
    }

    /** 003_da479d43fed241eb.txt numbers its 101st task （一0一）. */
    @Test
    void aTaskCarriesItsNumberAsPrintedAndAsAnInteger() {
        JsonNode task = server.json("/api/tasks/003_da479d43fed241eb%23101");
        assertEquals("（一0一）", task.get("taskLabel").asText());
        assertEquals(101, task.get("taskNumber").asInt());
        assertEquals("003_da479d43fed241eb", task.get("docId").asText());
        assertEquals("九、努力建设人民满意政府", task.get("section").asText());
    }

    @Test
    void documentsAreListedWithTheirFacts() {
        ApiServer.Reply reply = server.get("/api/documents");
        assertEquals(200, reply.status());
        JsonNode body = reply.json();
        assertEquals(List.of("total", "documents"), fieldNames(body));
        assertEquals(6, body.get("total").asInt(), "five files, the gazette holding two documents");
        assertEquals(tree(CorpusIndexFixture.backend().documents()), body.get("documents"));
        JsonNode documents = body.get("documents");
        assertEquals(List.of("docId", "title", "issuer", "docNumber", "date", "year", "region", "sourceFile", "taskCount"),
                fieldNames(documents.get(0)));
        assertEquals(List.of("000_853e25e58f4ef803", "001_ae025d225717f58c", "002_2da70cd6da6af075-1",
                "002_2da70cd6da6af075-2", "003_da479d43fed241eb", "004_236636c766a7cbd7"),
                documents.findValuesAsText("docId"));
        // The gazette (NOTES.md): 宁党发〔2023〕1号 of 2023-03-02 and 宁政办发〔2023〕13号 of 2023-03-24.
        assertEquals("宁党发〔2023〕1号", documents.get(2).get("docNumber").asText());
        assertEquals("2023-03-02", documents.get(2).get("date").asText());
        assertEquals("宁政办发〔2023〕13号", documents.get(3).get("docNumber").asText());
        assertEquals("2023-03-24", documents.get(3).get("date").asText());
        assertEquals("002_2da70cd6da6af075.txt", documents.get(3).get("sourceFile").asText());
        assertEquals("内蒙古", documents.get(5).get("region").asText());
        assertEquals(39, documents.get(0).get("taskCount").asInt(), "tasks 1.–39.");
        assertEquals(107, documents.get(4).get("taskCount").asInt(), "tasks （一）–（一0七）");
        assertEquals(23, documents.get(5).get("taskCount").asInt(), "items (一)–(二十三)");
        assertEquals(CorpusIndexFixture.backend().info().version(), reply.header(Requests.INDEX_VERSION_HEADER));
    }

    @Test
    void aDocumentComesWithItsTasksInNumberOrder() {
        String docId = "002_2da70cd6da6af075-2";
        JsonNode body = server.json("/api/documents/" + docId);
        assertEquals(List.of("docId", "title", "issuer", "docNumber", "date", "year", "region", "sourceFile",
                "taskCount", "tasks"), fieldNames(body));
        assertEquals("宁政办发〔2023〕13号", body.get("docNumber").asText());
        assertEquals("自治区人民政府办公厅关于深入推进新型工业强区五年计划的实施意见", body.get("title").asText());
        List<TaskRecord> tasks = CorpusIndexFixture.tasks().stream()
                .filter(t -> t.docId().equals(docId))
                .sorted(Comparator.comparingInt(TaskRecord::taskNumber))
                .toList();
        assertEquals(body.get("taskCount").asInt(), tasks.size());
        assertEquals(tree(tasks), body.get("tasks"));
    }

    @Test
    void unknownIdsAre404WithTheirParameter() {
        assertEquals("no task '000_853e25e58f4ef803#40'",
                server.get("/api/tasks/000_853e25e58f4ef803%2340").assertError(404, "not_found", "taskId"));
        assertEquals("no document 'nope'", server.get("/api/documents/nope").assertError(404, "not_found", "docId"));
        server.get("/api/tasks/" + "x".repeat(300)).assertError(404, "not_found", "taskId");
    }

    @Test
    void healthSaysWhichIndexAnswers() {
        ApiServer.Reply reply = server.get("/api/health");
        assertEquals(200, reply.status());
        JsonNode body = reply.json();
        assertEquals(List.of("status", "documents", "tasks", "builtAt", "version"), fieldNames(body));
        assertEquals("ok", body.get("status").asText());
        assertEquals(6, body.get("documents").asLong());
        assertEquals(283, body.get("tasks").asLong());
        var info = CorpusIndexFixture.backend().info();
        assertEquals(info.builtAt(), Instant.parse(body.get("builtAt").asText()), "an ISO instant, not a timestamp");
        assertEquals(CorpusIndexFixture.summary().buildId(), body.get("version").asText());
        assertEquals(body.get("version").asText(), reply.header(Requests.INDEX_VERSION_HEADER));
    }
}
