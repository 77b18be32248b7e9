package org.policysearch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policysearch.task.TaskRecord;

/**
 * Streams tasks as JSON lines or CSV, one record at a time, so an export of any size runs in
 * constant memory. The columns are the components of {@link TaskRecord}, in order.
 */
public abstract sealed class TaskRecordWriter implements Closeable {

    /** Joins the agencies of one role in a CSV cell; never part of a unit, which is split on it. */
    public static final String LIST_SEPARATOR = ";";

    private static final RecordComponent[] COLUMNS = TaskRecord.class.getRecordComponents();

    /** Characters that make Excel and LibreOffice read a cell as a formula (OWASP CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    public static TaskRecordWriter open(ExportFormat format, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return switch (format) {
            case JSONL -> new JsonLines(writer);
            case CSV -> new Csv(writer, false);
            case EXCEL -> new Csv(writer, true);
        };
    }

    /** The column names of the CSV export, which are also the JSON field names. */
    public static List<String> columns() {
        return Arrays.stream(COLUMNS).map(RecordComponent::getName).toList();
    }

    public abstract void write(TaskRecord task) throws IOException;

    public abstract void flush() throws IOException;

    private static Object valueOf(RecordComponent column, TaskRecord task) {
        try {
            return column.getAccessor().invoke(task);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + column.getName(), e);
        }
    }

    private static final class JsonLines extends TaskRecordWriter {
        private final Writer writer;
        private final ObjectWriter json = Json.newMapper().writer()
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

        JsonLines(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void write(TaskRecord task) throws IOException {
            json.writeValue(writer, task);
            writer.write('\n');
        }

        @Override
        public void flush() throws IOException {
            writer.flush();
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    private static final class Csv extends TaskRecordWriter {
        private final CSVPrinter printer;
        private final boolean excel;

        Csv(Writer writer, boolean excel) throws IOException {
            this.excel = excel;
            if (excel) {
                writer.write('\uFEFF');
            }
            this.printer = CSVFormat.RFC4180.builder()
                    .setHeader(columns().toArray(String[]::new))
                    .get()
                    .print(writer);
        }

        @Override
        public void write(TaskRecord task) throws IOException {
            List<String> cells = new ArrayList<>(COLUMNS.length);
            for (RecordComponent column : COLUMNS) {
                cells.add(cell(valueOf(column, task)));
            }
            printer.printRecord(cells);
        }

        private String cell(Object value) {
            String text = switch (value) {
                case null -> "";
                case Collection<?> list -> String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList());
                default -> value.toString();
            };
            return excel && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        }

        @Override
        public void flush() throws IOException {
            printer.flush();
        }

        @Override
        public void close() throws IOException {
            printer.close();
        }
    }

    /** Adapts to a Consumer-based stream, rethrowing write failures unchecked. */
    public void writeUnchecked(TaskRecord task) {
        try {
            write(task);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
