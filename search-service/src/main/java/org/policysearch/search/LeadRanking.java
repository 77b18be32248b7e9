package org.policysearch.search;

import java.util.List;

/**
 * How one agency stands among the tasks a search matches.
 *
 * @param agency   the name as the notices write it (prefix expanded)
 * @param share    leadTasks divided by the number of matching tasks
 * @param taskIds  the tasks it leads, as evidence: the first {@link Limits#LEAD_EVIDENCE} in index
 *                 order, sorted by document and task number; {@code leadTasks} counts them all
 */
public record LeadRanking(String agency, String canonical, int leadTasks, int cooperatingTasks,
                          double share, List<String> taskIds) {
}
