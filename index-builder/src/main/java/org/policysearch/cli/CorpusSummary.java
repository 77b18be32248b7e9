package org.policysearch.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.policysearch.parse.ParsedFile;
import org.policysearch.parse.Problem;

/** Counts what a pass over the corpus read and reports skipped files, unknown agencies and notes. */
public final class CorpusSummary {

    private int files;
    private int documents;
    private int tasks;
    private int withoutLead;
    private int skipped;
    private int notes;
    private final Set<String> unknownAgencies = new LinkedHashSet<>();

    /** Counts one file and reports its skip reason or problems on {@code err} at once. */
    public void add(ParsedFile file, PrintWriter err) {
        files++;
        if (file.isSkipped()) {
            skipped++;
            err.println("skipped " + file.skipped());
            return;
        }
        documents += file.notices().size();
        tasks += file.tasks().size();
        withoutLead += (int) file.tasks().stream().filter(t -> t.leadAgencies().isEmpty()).count();
        unknownAgencies.addAll(file.unknownAgencies());
        for (Problem problem : file.problems()) {
            notes++;
            err.println("note " + problem);
        }
    }

    /** One line: files, documents, tasks, tasks without a lead, unknown agencies, skipped files, notes. */
    public String line(double seconds) {
        return String.format(Locale.ROOT,
                "%d files, %d documents, %d tasks (%d without a lead agency), %d unknown agencies%s, %d skipped files, %d notes, %.1f s",
                files, documents, tasks, withoutLead, unknownAgencies.size(),
                unknownAgencies.isEmpty() ? "" : " " + unknownAgencies, skipped, notes, seconds);
    }
}
