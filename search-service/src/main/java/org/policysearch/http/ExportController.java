package org.policysearch.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.policysearch.export.ExportFormat;
import org.policysearch.export.TaskRecordWriter;
import org.policysearch.search.SearchBackend;
import org.policysearch.task.TaskRecord;

/**
 * {@code /api/export}: every task a search matches (paging ignored), streamed to the response
 * one record at a time, so memory stays constant however many match.
 */
final class ExportController {

    static final String FORMAT = "format";
    static final ExportFormat DEFAULT_FORMAT = ExportFormat.JSONL;
    static final Set<String> NAMES = names();

    private final SearchBackend backend;

    ExportController(SearchBackend backend) {
        this.backend = backend;
    }

    void export(Context ctx) {
        QueryParams query = Requests.params(ctx, NAMES);
        SearchParams params = SearchParams.parse(query);
        ExportFormat format = query.single(FORMAT).map(ExportController::format).orElse(DEFAULT_FORMAT);
        Requests.version(ctx, backend);
        ctx.contentType(format.mediaType());
        ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"" + filename(format) + "\"");
        Rows rows = new Rows(format, ctx);
        backend.export(params.toRequest(), rows);
        rows.finish();
    }

    /** {@code policy-search-tasks.jsonl}, {@code policy-search-tasks.csv}, {@code policy-search-tasks-excel.csv}. */
    static String filename(ExportFormat format) {
        String variant = format.extension().equals(format.key()) ? "" : "-" + format.key();
        return "policy-search-tasks" + variant + "." + format.extension();
    }

    private static ExportFormat format(String v) {
        try {
            return ExportFormat.of(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(FORMAT, "'format' must be one of " + ExportFormat.keys()
                    + "; got " + ApiException.quoted(v));
        }
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>(SearchParams.NAMES);
        names.add(FORMAT);
        return Set.copyOf(names);
    }

    /**
     * Opens the writer at the first row, so that a query the backend refuses before any row
     * (a syntax error) still gets the JSON error instead of a CSV header.
     */
    private static final class Rows implements Consumer<TaskRecord> {
        private final ExportFormat format;
        private final Context ctx;
        private TaskRecordWriter writer;

        Rows(ExportFormat format, Context ctx) {
            this.format = format;
            this.ctx = ctx;
        }

        @Override
        public void accept(TaskRecord task) {
            writer().writeUnchecked(task);
        }

        /** Ends the stream; with no match, a CSV still gets its header row. */
        void finish() {
            try {
                writer().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private TaskRecordWriter writer() {
            if (writer == null) {
                try {
                    writer = TaskRecordWriter.open(format, ctx.outputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return writer;
        }
    }
}
