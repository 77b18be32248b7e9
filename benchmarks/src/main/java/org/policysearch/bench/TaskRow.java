package org.policysearch.bench;

import java.util.List;

/**
 * A parsed task as the benchmark needs it: what the literal truth, ripgrep and FTS5 see.
 *
 * @param body the title and text, the part of a task a query's words are looked for in
 */
public record TaskRow(String taskId, int year, List<String> leads, String body) {

    public TaskRow {
        leads = List.copyOf(leads);
    }

    /** Whether every literal occurs in the body. */
    public boolean containsAll(List<String> literals) {
        for (String literal : literals) {
            if (!body.contains(literal)) {
                return false;
            }
        }
        return true;
    }
}
