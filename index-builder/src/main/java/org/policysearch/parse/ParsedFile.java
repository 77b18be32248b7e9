package org.policysearch.parse;

import java.util.List;
import org.policysearch.task.TaskRecord;

/**
 * What one corpus file yields.
 *
 * @param skipped  why the file was skipped as a whole (not text, empty, unreadable), or null
 * @param problems lesser problems: the file was read, but parts of it were not as expected
 */
public record ParsedFile(String sourceFile, List<Notice> notices, List<TaskRecord> tasks,
                         List<Problem> problems, Problem skipped) {

    public ParsedFile {
        notices = List.copyOf(notices);
        tasks = List.copyOf(tasks);
        problems = List.copyOf(problems);
    }

    public static ParsedFile skipped(Problem why) {
        return new ParsedFile(why.sourceFile(), List.of(), List.of(), List.of(), why);
    }

    public boolean isSkipped() {
        return skipped != null;
    }
}
