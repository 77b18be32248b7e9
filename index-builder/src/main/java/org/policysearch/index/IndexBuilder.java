package org.policysearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.concurrent.Failures;
import org.policysearch.parse.CorpusReader;
import org.policysearch.parse.Notice;
import org.policysearch.parse.ParsedFile;
import org.policysearch.parse.Problem;
import org.policysearch.task.TaskRecord;

/**
 * Builds a complete index in a new folder, parsing files on several threads, and makes it current
 * only once it is committed: a build that fails, is interrupted or is killed leaves the serving
 * index as it was.
 */
public final class IndexBuilder {

    /** Where the records come from: a corpus folder read by the parser, or records made in a test. */
    public interface Source {
        /** The files to read, in a stable order. */
        List<Path> files() throws IOException;

        /** One file's documents and tasks; thread-safe. */
        ParsedFile read(Path file);

        static Source corpus(CorpusReader reader, Path corpusDir) {
            return new Source() {
                @Override
                public List<Path> files() throws IOException {
                    return reader.files(corpusDir);
                }

                @Override
                public ParsedFile read(Path file) {
                    return reader.read(corpusDir, file);
                }
            };
        }
    }

    /** Told of progress; called from the parsing threads, one call at a time. */
    public interface Listener {
        Listener NONE = new Listener() { };

        default void started(int files) {
        }

        default void fileDone(ParsedFile file) {
        }
    }

    /** What a build produced. */
    public record Summary(String buildId, Path index, int files, long documents, long tasks,
                          List<Problem> skipped, Duration took) {
    }

    private static final double RAM_BUFFER_MB = 128;
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private final TaskDocuments documents;
    private final int threads;
    private final Listener listener;

    public IndexBuilder(AgencyRegistry registry, int threads, Listener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.documents = new TaskDocuments(registry);
        this.threads = threads;
        this.listener = listener;
    }

    /**
     * Reads every file of the source into a new build under {@code location} and publishes it.
     *
     * @throws InterruptedIOException when the calling thread is interrupted; nothing is published
     */
    public Summary build(Source source, IndexLocation location) throws IOException {
        try (Closeable lock = location.lockForBuild()) {
            return buildLocked(source, location);
        }
    }

    private Summary buildLocked(Source source, IndexLocation location) throws IOException {
        Instant started = Instant.now();
        List<Path> files = source.files();
        Path build = location.newBuild(started);
        try {
            Summary summary = write(source, files, build, started);
            location.publish(build);
            return summary;
        } catch (IOException | RuntimeException | Error e) {
            try {
                if (!location.currentBuild().equals(Optional.of(build.getFileName().toString()))) {
                    IOUtils.rm(build);
                }
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (e instanceof InterruptedIOException) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
    }

    private Summary write(Source source, List<Path> files, Path build, Instant started) throws IOException {
        listener.started(files.size());
        List<Problem> skipped = new ArrayList<>();
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setMergePolicy(new OnlyForcedMerges());
        try (FSDirectory dir = FSDirectory.open(build); IndexWriter writer = new IndexWriter(dir, config)) {
            try {
                addAll(source, files, writer, skipped);
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
            // A build is never written again: one segment makes every search (and its facet
            // ordinals) cheaper, for a merge paid once.
            writer.forceMerge(1);
            long documentCount;
            long taskCount;
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                documentCount = searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)));
                taskCount = searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_TASK)));
            }
            Instant builtAt = Instant.now();
            String buildId = build.getFileName().toString();
            writer.setLiveCommitData(Map.of(
                    IndexSchema.COMMIT_BUILT_AT, builtAt.toString(),
                    IndexSchema.COMMIT_BUILD_ID, buildId,
                    IndexSchema.COMMIT_DOCUMENTS, Long.toString(documentCount),
                    IndexSchema.COMMIT_TASKS, Long.toString(taskCount),
                    IndexSchema.COMMIT_SCHEMA, IndexSchema.VERSION).entrySet());
            writer.commit();
            return new Summary(buildId, build, files.size(), documentCount, taskCount, List.copyOf(skipped),
                    Duration.between(started, builtAt));
        }
    }

    /** Parses on {@code threads} threads; each thread adds what it parsed (IndexWriter is thread-safe). */
    private void addAll(Source source, List<Path> files, IndexWriter writer, List<Problem> skipped)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("index-", 0).factory());
        try {
            List<Future<?>> pending = new ArrayList<>(files.size());
            for (Path file : files) {
                pending.add(pool.submit(() -> {
                    ParsedFile parsed = source.read(file);
                    add(parsed, writer);
                    synchronized (listener) {
                        if (parsed.isSkipped()) {
                            skipped.add(parsed.skipped());
                        }
                        listener.fileDone(parsed);
                    }
                    return null;
                }));
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            // The interrupt is restored once the build is cleaned up: Lucene refuses to roll back
            // on an interrupted thread.
            throw new InterruptedIOException("index build interrupted");
        } catch (ExecutionException e) {
            throw Failures.asIOException(e.getCause());
        } finally {
            stop(pool);
        }
    }

    /** Stops the parsing threads and waits for them, so that none is adding while the writer rolls back. */
    private static void stop(ExecutorService pool) throws InterruptedIOException {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new InterruptedIOException("parsing threads did not stop within " + STOP_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            throw new InterruptedIOException("index build interrupted while stopping");
        }
    }

    private void add(ParsedFile parsed, IndexWriter writer) throws IOException {
        for (Notice notice : parsed.notices()) {
            writer.updateDocument(TaskDocuments.idTerm(notice.docId()), documents.notice(notice));
        }
        for (TaskRecord task : parsed.tasks()) {
            writer.updateDocument(TaskDocuments.idTerm(task.taskId()), documents.task(task));
        }
    }
}
