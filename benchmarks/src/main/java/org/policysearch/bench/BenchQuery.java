package org.policysearch.bench;

import java.util.List;

/**
 * One query of the mix.
 *
 * @param q        the query string as a user types it
 * @param literals the strings a task must all contain to be in the literal truth
 * @param year     the year filter, or null
 * @param lead     the lead-agency filter (canonical), or null
 */
public record BenchQuery(QueryClass queryClass, String q, List<String> literals, Integer year, String lead) {

    public BenchQuery {
        literals = List.copyOf(literals);
    }

    /** As the report shows it: {@code `q`} and its filters. */
    public String describe() {
        String text = "`" + q + "`";
        if (year != null) {
            text += " year=" + year;
        }
        if (lead != null) {
            text += " lead=" + lead;
        }
        return text;
    }

    /** Whether a task is in the literal truth of this query. */
    public boolean matches(TaskRow task) {
        return task.containsAll(literals)
                && (year == null || task.year() == year)
                && (lead == null || task.leads().contains(lead));
    }
}
