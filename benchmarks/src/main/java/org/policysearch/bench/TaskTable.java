package org.policysearch.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.parse.CorpusReader;
import org.policysearch.parse.ParsedFile;
import org.policysearch.task.TaskRecord;

/**
 * Every task of an archive, parsed once by the project's own parser and kept as a tab-separated
 * file (one task per line): the input of the literal truth, of ripgrep's task-level view and of
 * the FTS5 peer, so that all of them see exactly the tasks the index sees.
 */
public final class TaskTable {

    private static final String LEAD_SEPARATOR = "|";

    private TaskTable() {
    }

    /** Parses the archive with {@code threads} threads into {@code tsv}, replaced only once complete. */
    public static void write(Path corpusDir, Path tsv, int threads) throws IOException, InterruptedException {
        Path partial = tsv.resolveSibling(tsv.getFileName() + ".partial");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            parse(corpusDir, threads, task -> {
                try {
                    out.write(line(task));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(partial, tsv, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Parses every file of the archive on {@code threads} threads, handing each file's tasks to
     * {@code sink} in file order on the calling thread.
     */
    public static void parse(Path corpusDir, int threads, Consumer<TaskRecord> sink)
            throws IOException, InterruptedException {
        CorpusReader reader = new CorpusReader(AgencyRegistry.bundled());
        List<Path> files = reader.files(corpusDir);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int batch = 64;
            for (int from = 0; from < files.size(); from += batch) {
                List<Future<ParsedFile>> parsed = new ArrayList<>();
                for (Path file : files.subList(from, Math.min(files.size(), from + batch))) {
                    parsed.add(pool.submit(() -> reader.read(corpusDir, file)));
                }
                for (Future<ParsedFile> f : parsed) {
                    for (TaskRecord task : f.get().tasks()) {
                        sink.accept(task);
                    }
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("parsing " + corpusDir + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String line(TaskRecord task) {
        return String.join("\t", task.taskId(), String.valueOf(task.year() == null ? 0 : task.year()),
                String.join(LEAD_SEPARATOR, task.leadCanonical()), clean(task.title() + "　" + task.text())) + "\n";
    }

    /** One line per task, and no ASCII quote, so that sqlite3's .import takes the file as it is. */
    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace('"', '＂');
    }

    /** Calls {@code sink} for every task of the file, in order. */
    public static void forEach(Path tsv, Consumer<TaskRow> sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                sink.accept(parse(line));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The first {@code n} tasks. */
    public static List<TaskRow> head(Path tsv, int n) throws IOException {
        List<TaskRow> rows = new ArrayList<>(n);
        try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String line;
            while (rows.size() < n && (line = in.readLine()) != null) {
                rows.add(parse(line));
            }
        }
        return rows;
    }

    /** The column holding title and text: what FTS5 indexes (1-based for sqlite3's import). */
    public static final int BODY_COLUMN = 4;

    private static TaskRow parse(String line) {
        String[] f = line.split("\t", -1);
        List<String> leads = f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split("\\|"));
        return new TaskRow(f[0], Integer.parseInt(f[1]), leads, f[3]);
    }
}
