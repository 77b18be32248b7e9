package org.policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.index.IndexBuilder;
import org.policysearch.index.IndexLocation;
import org.policysearch.parse.CorpusReader;
import org.policysearch.parse.ParsedFile;
import org.policysearch.task.TaskRecord;

/**
 * One index of the repository's {@code corpus/}, built once per test JVM on first use into a
 * temporary folder that is deleted when the JVM exits. Tests of any layer (search, HTTP, page)
 * share it:
 *
 * <pre>
 *   SearchBackend backend = CorpusIndexFixture.backend();   // shared and open: do not close it
 *   Path index = CorpusIndexFixture.indexDir();             // to open your own backend or server
 *   List&lt;TaskRecord&gt; truth = CorpusIndexFixture.tasks();  // what the parser read, for expected values
 * </pre>
 */
public final class CorpusIndexFixture {

    private static Path indexDir;
    private static LuceneSearchBackend backend;
    private static List<TaskRecord> tasks;
    private static IndexBuilder.Summary summary;

    private CorpusIndexFixture() {
    }

    /** The repository's corpus folder, found from the working directory (a module or the root). */
    public static Path corpusDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("corpus")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir.resolve("corpus");
            }
        }
        throw new IllegalStateException("no corpus/ folder above " + Path.of("").toAbsolutePath());
    }

    /** The index location (pass it to {@code LuceneSearchBackend.open} or {@code serve --index}). */
    public static synchronized Path indexDir() {
        if (indexDir == null) {
            try {
                Path dir = Files.createTempDirectory("policy-search-corpus-index");
                Runtime.getRuntime().addShutdownHook(new Thread(CorpusIndexFixture::cleanUp));
                summary = new IndexBuilder(AgencyRegistry.bundled(), 2, IndexBuilder.Listener.NONE)
                        .build(IndexBuilder.Source.corpus(new CorpusReader(AgencyRegistry.bundled()), corpusDir()),
                                new IndexLocation(dir));
                indexDir = dir;
            } catch (IOException e) {
                throw new UncheckedIOException("building the corpus index", e);
            }
        }
        return indexDir;
    }

    /** A backend over the corpus index, shared by every test of this JVM; closed at exit. */
    public static synchronized LuceneSearchBackend backend() {
        if (backend == null) {
            try {
                backend = LuceneSearchBackend.open(indexDir());
            } catch (IOException e) {
                throw new UncheckedIOException("opening the corpus index", e);
            }
        }
        return backend;
    }

    /** A reader of the index's current build, for tests below the backend; the caller closes it. */
    public static DirectoryReader openReader() throws IOException {
        return DirectoryReader.open(FSDirectory.open(new IndexLocation(indexDir()).currentIndex().orElseThrow()));
    }

    /** What the build reported: files, documents, tasks. */
    public static synchronized IndexBuilder.Summary summary() {
        indexDir();
        return summary;
    }

    /** Every task of the corpus as the parser reads it: the truth that expected values come from. */
    public static synchronized List<TaskRecord> tasks() {
        if (tasks == null) {
            CorpusReader reader = new CorpusReader(AgencyRegistry.bundled());
            List<TaskRecord> all = new ArrayList<>();
            try {
                for (Path file : reader.files(corpusDir())) {
                    ParsedFile parsed = reader.read(corpusDir(), file);
                    all.addAll(parsed.tasks());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading the corpus", e);
            }
            tasks = List.copyOf(all);
        }
        return tasks;
    }

    private static synchronized void cleanUp() {
        try {
            if (backend != null) {
                backend.close();
            }
            if (indexDir != null) {
                IOUtils.rm(indexDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
