package org.policysearch.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Load on the JSON API with wrk, rotating through the query mix's URLs. */
final class HttpLoad {

    /** Which requests wrk sends. */
    enum Questions {
        /** The mix's URLs in turn: after the first round every request is one {@code serve} has answered. */
        REPEATED("rotate.lua", "repeated"),
        /**
         * The same URLs, each request made new by excluding a word no task has ({@code -u3x1234}):
         * the work of a first search, and nothing served from a cache.
         */
        NEW("new.lua", "new", "u"),
        /** New questions too, for the warm-up: another excluded word ({@code -w3x1234}), so none is asked again when timed. */
        WARM_UP("warm.lua", "warm-up", "w");

        final String script;
        final String label;
        /** What starts the excluded word that makes each request new, or null for the mix's URLs as they are. */
        private final String newWordPrefix;

        Questions(String script, String label) {
            this(script, label, null);
        }

        Questions(String script, String label, String newWordPrefix) {
            this.script = script;
            this.label = label;
            this.newWordPrefix = newWordPrefix;
        }
    }

    /**
     * The last line of the Lua {@code done} hook: requests, duration (µs), socket errors
     * (connect, read, write, timeout), non-2xx responses, p50 and p99 latency (µs).
     */
    private static final Pattern SUMMARY = Pattern.compile(
            "BENCH (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) ([0-9.]+) ([0-9.]+)");
    private static final String DONE_HOOK = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("BENCH %d %d %d %d %d %d %d %.1f %.1f\\n", summary.requests,
                summary.duration, e.connect, e.read, e.write, e.timeout, e.status,
                latency:percentile(50), latency:percentile(99)))
            end
            """;

    static final int SEQUENTIAL_WARM_UP_SECONDS = 20;
    static final int CONCURRENT_WARM_UP_SECONDS = 5;
    static final int NEW_QUESTIONS_WARM_UP_SECONDS = 15;

    private HttpLoad() {
    }

    /** The API paths of the mix: searches, and who-leads for that class; the query last, so it can be extended. */
    static List<String> paths(List<BenchQuery> queries) {
        List<String> paths = new ArrayList<>();
        for (BenchQuery q : queries) {
            StringBuilder p = new StringBuilder(q.queryClass() == QueryClass.WHO_LEADS
                    ? "/api/agencies/leading?" : "/api/search?size=" + SearchLatency.PAGE_SIZE + "&");
            if (q.year() != null) {
                p.append("year=").append(q.year()).append('&');
            }
            if (q.lead() != null) {
                p.append("lead=").append(URLEncoder.encode(q.lead(), StandardCharsets.UTF_8)).append('&');
            }
            p.append("q=").append(URLEncoder.encode(q.q(), StandardCharsets.UTF_8));
            paths.add(p.toString());
        }
        return paths;
    }

    /** Writes the Lua script of each kind of questions into {@code dir}, where {@code bin/benchmark http} finds them. */
    static void scripts(List<String> paths, Path dir) throws IOException {
        StringBuilder table = new StringBuilder("local paths = {\n");
        for (String p : paths) {
            table.append("  \"").append(p).append("\",\n");
        }
        table.append("}\nlocal i = 0\n");
        for (Questions questions : Questions.values()) {
            Files.writeString(dir.resolve(questions.script), table + requests(questions) + DONE_HOOK,
                    StandardCharsets.UTF_8);
        }
    }

    /** The Lua that picks each request's URL. */
    private static String requests(Questions questions) {
        if (questions.newWordPrefix == null) {
            return """
                    request = function()
                      i = i + 1
                      return wrk.format("GET", paths[(i % #paths) + 1])
                    end
                    """;
        }
        // Each wrk thread runs its own Lua state: the thread number keeps their requests apart.
        return """
                local threads = 0
                setup = function(thread)
                  thread:set("tid", threads)
                  threads = threads + 1
                end
                request = function()
                  i = i + 1
                  return wrk.format("GET", paths[(i % #paths) + 1] .. "%20-PREFIX" .. tid .. "x" .. i)
                end
                """.replace("PREFIX", questions.newWordPrefix);
    }

    /**
     * Warms a freshly started {@code serve} up, then runs wrk at each connection count, first with
     * repeated questions, then with new ones, reporting each run as it ends.
     */
    static List<HttpResult> measure(int port, Path dir, List<Integer> connections, int threads, int seconds,
                                    Consumer<HttpResult> progress) throws IOException, InterruptedException {
        for (Questions questions : Questions.values()) {
            if (!Files.isRegularFile(dir.resolve(questions.script))) {
                throw new IOException("no " + questions.script + " in " + dir + ": a full `bin/benchmark` run writes it");
            }
        }
        warmUp(port, dir, connections.get(0), threads);
        List<HttpResult> results = new ArrayList<>();
        for (Questions questions : List.of(Questions.REPEATED, Questions.NEW)) {
            for (int c : connections) {
                HttpResult r = run(port, dir.resolve(questions.script), questions, c, threads, seconds);
                progress.accept(r);
                results.add(r);
            }
        }
        return results;
    }

    /**
     * Brings a freshly started serve to the state the in-process figures are taken in. First a
     * concurrent run of new questions: the timed runs of new questions had been compiling the search
     * path, which 80 searches and then answers from the cache had not warmed (at 1 GB, 16
     * connections: 280–315 new questions a second before, 467–478 after). Then one connection
     * through the mix, which puts its answers back in the cache the new questions emptied; then a
     * short concurrent run of it. Without that sequential phase a 1 GB run measured concurrent
     * requests all counting the same cold facets at once.
     */
    private static void warmUp(int port, Path dir, int connections, int threads)
            throws IOException, InterruptedException {
        run(port, dir.resolve(Questions.WARM_UP.script), Questions.WARM_UP, connections, threads,
                NEW_QUESTIONS_WARM_UP_SECONDS);
        run(port, dir.resolve(Questions.REPEATED.script), Questions.REPEATED, 1, 1, SEQUENTIAL_WARM_UP_SECONDS);
        run(port, dir.resolve(Questions.REPEATED.script), Questions.REPEATED, connections, threads,
                CONCURRENT_WARM_UP_SECONDS);
    }

    private static HttpResult run(int port, Path script, Questions questions, int connections, int threads,
                                  int seconds) throws IOException, InterruptedException {
        Processes.Result r = Processes.check(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "-s", script.toString(), "http://127.0.0.1:" + port), null, 0);
        Matcher m = SUMMARY.matcher(r.stdout());
        if (!m.find()) {
            throw new IOException("wrk printed no summary: " + r.stdout());
        }
        long requests = Long.parseLong(m.group(1));
        double seconds2 = Long.parseLong(m.group(2)) / 1e6;
        long socketErrors = 0;
        for (int g = 3; g <= 6; g++) {
            socketErrors += Long.parseLong(m.group(g));
        }
        long non2xx = Long.parseLong(m.group(7));
        return new HttpResult(questions.label, connections, threads, seconds, requests, Math.round(requests / seconds2 * 10) / 10.0,
                Double.parseDouble(m.group(8)) / 1000, Double.parseDouble(m.group(9)) / 1000,
                socketErrors + non2xx, non2xx);
    }
}
