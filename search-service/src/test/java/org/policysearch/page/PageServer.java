package org.policysearch.page;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.http.HttpApp;
import org.policysearch.http.HttpConfig;
import org.policysearch.index.IndexBuilder;
import org.policysearch.index.IndexLocation;
import org.policysearch.parse.CorpusReader;
import org.policysearch.search.CorpusIndexFixture;
import org.policysearch.search.LuceneSearchBackend;

/**
 * The real service on a free port over a real index of the repository's corpus plus the notices
 * a test adds (file name → text), built in a temporary folder.
 */
final class PageServer implements AutoCloseable {

    private final LuceneSearchBackend backend;
    private final Javalin app;

    private PageServer(LuceneSearchBackend backend, Javalin app) {
        this.backend = backend;
        this.app = app;
    }

    static PageServer start(Path temp, Map<String, String> extraNotices) throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        try (Stream<Path> files = Files.list(CorpusIndexFixture.corpusDir())) {
            for (Path file : files.toList()) {
                Files.copy(file, corpus.resolve(file.getFileName().toString()));
            }
        }
        for (Map.Entry<String, String> notice : extraNotices.entrySet()) {
            Files.writeString(corpus.resolve(notice.getKey()), notice.getValue(), StandardCharsets.UTF_8);
        }
        Path index = temp.resolve("index");
        AgencyRegistry registry = AgencyRegistry.bundled();
        new IndexBuilder(registry, 2, IndexBuilder.Listener.NONE)
                .build(IndexBuilder.Source.corpus(new CorpusReader(registry), corpus), new IndexLocation(index));
        LuceneSearchBackend backend = LuceneSearchBackend.open(index);
        Javalin app = HttpApp.create(backend, new HttpConfig(List.of(), line -> { })).start("127.0.0.1", 0);
        return new PageServer(backend, app);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + app.port() + "/");
    }

    /** The repository root (where docs/ and corpus/ live). */
    static Path projectRoot() {
        return CorpusIndexFixture.corpusDir().getParent();
    }

    @Override
    public void close() {
        app.stop();
        try {
            backend.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
