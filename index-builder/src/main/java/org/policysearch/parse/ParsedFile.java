package org.policysearch.parse;

import java.util.List;
import org.policysearch.task.TaskRecord;

/**
 * What one corpus file yields.
 *
 * @param problems         lesser problems: the file was read, but parts of it were not as expected
 * @param skipped          why the file was skipped as a whole (not text, empty, unreadable), or null
 * @param unknownAgencies  agencies (as written, prefix expanded) that the registry does not know
 */
public record ParsedFile(String sourceFile, List<Notice> notices, List<TaskRecord> tasks,
                         List<Problem> problems, Problem skipped, List<String> unknownAgencies) {

    public ParsedFile {
        notices = List.copyOf(notices);
        tasks = List.copyOf(tasks);
        problems = List.copyOf(problems);
        unknownAgencies = List.copyOf(unknownAgencies);
    }

    public static ParsedFile skipped(Problem why) {
        return new ParsedFile(why.sourceFile(), List.of(), List.of(), List.of(), why, List.of());
    }

    public boolean isSkipped() {
        return skipped != null;
    }
}
