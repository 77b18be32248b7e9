package org.policysearch.search;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.policysearch.task.TaskRecord;

/**
 * Everything the service asks of the index. Lucene stays behind this interface so that the same
 * tasks can later be served by OpenSearch (SPEC §6). Implementations are thread-safe.
 */
public interface SearchBackend extends Closeable {

    /** One page of hits with highlights and drill-sideways facets. */
    SearchResult search(SearchRequest request);

    /** Agencies ranked by the matching tasks they lead, then cooperate on. */
    List<LeadRanking> whoLeads(SearchRequest request);

    /** Every task the request matches (paging ignored), in the request's order, one at a time. */
    void export(SearchRequest request, Consumer<TaskRecord> sink);

    Optional<TaskRecord> task(String taskId);

    List<DocumentSummary> documents();

    Optional<DocumentSummary> document(String docId);

    /** The tasks of one document in task-number order. */
    List<TaskRecord> tasksOf(String docId);

    IndexInfo info();
}
