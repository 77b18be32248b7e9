package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.cli.ExitCodes;
import org.policysearch.cli.Main;
import org.policysearch.index.IndexLocation;
import org.policysearch.index.IndexSchema;
import org.policysearch.search.CorpusIndexFixture;
import picocli.CommandLine;

/** {@code policy-search serve} as a user runs it: a real process, stopped with SIGTERM. */
class ServeCommandTest {

    /** "policy-search serve: serving http://localhost:41234/ from …" */
    private static final Pattern SERVING = Pattern.compile("policy-search serve: serving http://localhost:(\\d+)/ from .*");
    /** The exit status of a JVM ended by SIGTERM (128 + 15) once its shutdown hooks have run. */
    private static final int SIGTERM_EXIT = 143;

    @TempDir
    Path dir;

    /** Hang guard only: the build and start-up take seconds. */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void buildsTheIndexServesAndStopsCleanlyOnSigterm() throws IOException, InterruptedException {
        Path index = dir.resolve("index");
        Path console = dir.resolve("console.log");
        Process serve = startServe(index, console);
        List<String> output;
        try {
            int port = Integer.parseInt(await(serve, console, SERVING).group(1));
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertEquals(283, ApiServer.JSON.readTree(health.body()).get("tasks").asInt());
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            await(serve, console, Pattern.compile(".* INFO access - GET /api/health 200 \\d+\\.\\dms"));
            await(serve, console, Pattern.compile(".* INFO access - GET / 200 \\d+\\.\\dms"));

            serve.destroy();
            assertEquals(SIGTERM_EXIT, serve.waitFor());
            output = lines(console);
        } finally {
            serve.destroyForcibly();
        }
        String log = String.join("\n", output);
        assertTrue(output.contains("policy-search serve: no index in " + index + "; building it from "
                + CorpusIndexFixture.corpusDir()), log);
        int stopping = output.indexOf("policy-search serve: stopping");
        assertTrue(stopping > 0 && output.indexOf("policy-search serve: stopped") > stopping, log);
        assertTrue(new IndexLocation(index).hasIndex(), "the index built on the way stays for the next start");
    }

    /**
     * An index an older version built still opens, but answers some queries wrongly: serve builds
     * it again first, and says why.
     */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anIndexOfAnOlderSchemaIsBuiltAgainFirst() throws IOException, InterruptedException {
        Path index = dir.resolve("index");
        Path console = dir.resolve("console.log");
        assertEquals(ExitCodes.OK, Main.commandLine().execute("index", "--index", index.toString(),
                "--corpus", CorpusIndexFixture.corpusDir().toString()));
        IndexLocation location = new IndexLocation(index);
        String oldBuild = location.currentBuild().orElseThrow();
        try (FSDirectory build = FSDirectory.open(location.currentIndex().orElseThrow());
             IndexWriter writer = new IndexWriter(build, new IndexWriterConfig().setOpenMode(OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of(IndexSchema.COMMIT_SCHEMA, "0").entrySet());
            writer.commit();
        }
        assertTrue(location.hasIndex());
        assertFalse(location.hasCurrentSchema());

        Process serve = startServe(index, console);
        try {
            await(serve, console, SERVING);
        } finally {
            serve.destroyForcibly();
            serve.waitFor();
        }
        assertTrue(lines(console).contains("policy-search serve: the index in " + index
                + " was built by an older version; building it from " + CorpusIndexFixture.corpusDir()),
                String.join("\n", lines(console)));
        assertTrue(location.hasCurrentSchema());
        assertNotEquals(oldBuild, location.currentBuild().orElseThrow());
    }

    /** {@code policy-search serve} on a free port over {@code index} and the corpus, its console to a file. */
    private static Process startServe(Path index, Path console) throws IOException {
        return new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--index", index.toString(), "--port", "0", "--corpus", CorpusIndexFixture.corpusDir().toString())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile())
                .start();
    }

    /** Reads the console as it grows until a line matches (or serve ends, which fails). */
    private static Matcher await(Process serve, Path console, Pattern pattern) throws IOException, InterruptedException {
        while (true) {
            for (String line : lines(console)) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.matches()) {
                    return matcher;
                }
            }
            assertTrue(serve.isAlive(), "serve ended before " + pattern + ":\n" + String.join("\n", lines(console)));
            Thread.sleep(100);
        }
    }

    /** The console split as a terminal shows it: the progress bar redraws with carriage returns. */
    private static List<String> lines(Path console) throws IOException {
        return List.of(Files.readString(console, StandardCharsets.UTF_8).split("\r?\n|\r"));
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.USAGE, cmd.execute("serve", "--port", "70000", "--index", dir.toString()));
        assertTrue(err.toString().startsWith("--port must be from 0 to 65535, not 70000"), err.toString());
        assertTrue(err.toString().contains("Usage: policy-search serve"), err.toString());
    }

    @Test
    void aPortInUseIsAFailureWithTheReason() {
        try (ApiServer taken = ApiServer.start(CorpusIndexFixture.backend())) {
            StringWriter err = new StringWriter();
            CommandLine cmd = Main.commandLine();
            cmd.setErr(new PrintWriter(err));
            int port = taken.app().port();
            assertEquals(ExitCodes.FAILURE, cmd.execute("serve", "--port", Integer.toString(port),
                    "--index", CorpusIndexFixture.indexDir().toString()));
            assertTrue(err.toString().contains("Port already in use. Make sure no other process is using port " + port),
                    err.toString());
        }
    }
}
