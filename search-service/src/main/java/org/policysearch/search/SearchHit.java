package org.policysearch.search;

import org.policysearch.task.TaskRecord;

/**
 * One matching task with its highlights.
 *
 * @param titleHtml   the title, HTML-escaped, matches in {@code <mark>}
 * @param snippetHtml a passage of the text, HTML-escaped, matches in {@code <mark>}
 */
public record SearchHit(TaskRecord task, float score, String titleHtml, String snippetHtml) {
}
