package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.index.IndexBuilder;
import org.policysearch.index.IndexLocation;
import org.policysearch.parse.CorpusReader;
import org.policysearch.search.CorpusIndexFixture;
import org.policysearch.search.LuceneSearchBackend;
import org.policysearch.task.TaskRecord;

/**
 * {@code index} publishes a new build while the service is answering a stream of requests: the
 * service switches to it, and no request fails, not even an export begun on the old build.
 */
class IndexSwapTest {

    /** What the load asks, round-robin: every kind of endpoint. */
    private static final List<String> LOAD = List.of("/api/search?q=%E6%89%B6%E8%B4%AB", "/api/health",
            "/api/search?year=2017&sort=date&size=50", "/api/agencies/leading?q=%E4%BA%A7%E4%B8%9A",
            "/api/tasks/000_853e25e58f4ef803%231", "/api/documents/003_da479d43fed241eb",
            "/api/export?region=%E5%86%85%E8%92%99%E5%8F%A4&format=csv", "/api/documents");
    private static final int LOAD_THREADS = 2;
    /** Checks of the served version while waiting for the switch, at most (a hang guard, not a timing). */
    private static final int MAX_POLLS = 600;

    @TempDir
    Path root;

    @Test
    void aNewBuildIsServedWithoutOneFailedRequest() throws Exception {
        IndexLocation location = new IndexLocation(root);
        IndexBuilder.Summary first = build(location);
        try (LuceneSearchBackend backend = LuceneSearchBackend.open(root);
             ApiServer server = ApiServer.start(backend)) {
            assertEquals(first.buildId(), version(server));
            BufferedReader export = openExport(server);
            List<String> exported = new ArrayList<>(List.of(export.readLine()));

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger requests = new AtomicInteger();
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            ExecutorService load = Executors.newFixedThreadPool(LOAD_THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < LOAD_THREADS; t++) {
                workers.add(load.submit(() -> {
                    while (running.get()) {
                        String path = LOAD.get(requests.getAndIncrement() % LOAD.size());
                        ApiServer.Reply reply = server.get(path);
                        if (reply.status() != 200) {
                            failures.add(path + " -> " + reply.status() + " " + reply.body());
                        }
                    }
                }));
            }

            IndexBuilder.Summary second = build(location);
            assertNotEquals(first.buildId(), second.buildId());
            int polls = 0;
            while (!second.buildId().equals(version(server)) && polls++ < MAX_POLLS) {
                Thread.sleep(50);
            }
            assertEquals(second.buildId(), version(server), "requests switch the service to the published build");
            int atSwitch = requests.get();
            while (requests.get() < atSwitch + 2 * LOAD.size()) {
                Thread.sleep(10);
            }
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get();
            }
            load.shutdown();

            for (String line = export.readLine(); line != null; line = export.readLine()) {
                exported.add(line);
            }
            assertEquals(CorpusIndexFixture.tasks().size(), exported.size(), "the export begun on the old build ends whole");
            for (String line : exported) {
                ApiServer.JSON.readValue(line, TaskRecord.class);
            }
            assertTrue(atSwitch > 0, "requests were running while the build was published");
            assertEquals(List.of(), failures);
        }
    }

    private static IndexBuilder.Summary build(IndexLocation location) throws IOException {
        return new IndexBuilder(AgencyRegistry.bundled(), 1, IndexBuilder.Listener.NONE).build(
                IndexBuilder.Source.corpus(new CorpusReader(AgencyRegistry.bundled()), CorpusIndexFixture.corpusDir()),
                location);
    }

    private static String version(ApiServer server) {
        return server.json("/api/health").get("version").asText();
    }

    /** Every task as JSON lines, read as the client pleases: the server streams as it is read. */
    private static BufferedReader openExport(ApiServer server) {
        HttpResponse<InputStream> response = server.send(
                HttpRequest.newBuilder(server.uri("/api/export?format=jsonl")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new UncheckedIOException(new IOException("export answered " + response.statusCode()));
        }
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }
}
