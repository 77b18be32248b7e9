package org.policysearch.http;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.FacetValue;
import org.policysearch.search.SearchHit;
import org.policysearch.task.TaskRecord;

/** The JSON bodies of the API (openapi.json describes each), as records in field order. */
final class Responses {

    private Responses() {
    }

    /**
     * One page of a search. {@code query} and {@code params} are the normalised request, and
     * {@code version} the index build, so that a result can be reproduced and cited.
     */
    record Search(String query, long total, int page, int size, long tookMs, List<SearchHit> hits,
                  Map<String, List<FacetValue>> facets, SearchParams params, String version) {
    }

    record Documents(int total, List<DocumentSummary> documents) {
    }

    /** A document's fields beside its tasks in task-number order. */
    record DocumentWithTasks(@JsonUnwrapped DocumentSummary document, List<TaskRecord> tasks) {
    }

    record Health(String status, long documents, long tasks, Instant builtAt, String version) {
    }
}
