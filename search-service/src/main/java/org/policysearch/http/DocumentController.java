package org.policysearch.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.SearchBackend;

/** Tasks and documents by id, and the list of documents. */
final class DocumentController {

    static final String TASK_ID = "taskId";
    static final String DOC_ID = "docId";

    private final SearchBackend backend;

    DocumentController(SearchBackend backend) {
        this.backend = backend;
    }

    void task(Context ctx) {
        String taskId = Requests.id(ctx, TASK_ID);
        ctx.json(backend.task(taskId).orElseThrow(
                () -> ApiException.notFound(TASK_ID, "no task " + ApiException.quoted(taskId))));
        Requests.version(ctx, backend);
    }

    void documents(Context ctx) {
        Requests.params(ctx, Set.of());
        List<DocumentSummary> documents = backend.documents();
        ctx.json(new Responses.Documents(documents.size(), documents));
        Requests.version(ctx, backend);
    }

    void document(Context ctx) {
        String docId = Requests.id(ctx, DOC_ID);
        DocumentSummary document = backend.document(docId).orElseThrow(
                () -> ApiException.notFound(DOC_ID, "no document " + ApiException.quoted(docId)));
        ctx.json(new Responses.DocumentWithTasks(document, backend.tasksOf(docId)));
        Requests.version(ctx, backend);
    }
}
