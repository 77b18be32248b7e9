package org.policysearch.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Load on the JSON API with wrk, rotating through the query mix's URLs. */
final class HttpLoad {

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

    /** The Lua script of the last run, reused by {@code bin/benchmark http}. */
    static final String SCRIPT = "rotate.lua";

    private HttpLoad() {
    }

    /** The API paths of the mix: searches, and who-leads for that class. */
    static List<String> paths(List<BenchQuery> queries) {
        List<String> paths = new ArrayList<>();
        for (BenchQuery q : queries) {
            StringBuilder p = new StringBuilder(q.queryClass() == QueryClass.WHO_LEADS
                    ? "/api/agencies/leading?q=" : "/api/search?q=");
            p.append(URLEncoder.encode(q.q(), StandardCharsets.UTF_8));
            if (q.queryClass() != QueryClass.WHO_LEADS) {
                p.append("&size=").append(SearchLatency.PAGE_SIZE);
            }
            if (q.year() != null) {
                p.append("&year=").append(q.year());
            }
            if (q.lead() != null) {
                p.append("&lead=").append(URLEncoder.encode(q.lead(), StandardCharsets.UTF_8));
            }
            paths.add(p.toString());
        }
        return paths;
    }

    static Path script(List<String> paths, Path dir) throws IOException {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String p : paths) {
            lua.append("  \"").append(p).append("\",\n");
        }
        lua.append("""
                }
                local i = 0
                request = function()
                  i = i + 1
                  return wrk.format("GET", paths[(i % #paths) + 1])
                end
                """).append(DONE_HOOK);
        Path file = dir.resolve(SCRIPT);
        Files.writeString(file, lua, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Brings a freshly started serve to the state the in-process figures are taken in: first one
     * connection through the mix (each search's facets counted once, the JIT warmed on the whole
     * mix), then a short concurrent run. Without the first phase a 1 GB run measures a cold JVM
     * whose concurrent requests all count the same cold facets at once.
     */
    static void warmUp(int port, Path script, int connections, int threads) throws IOException, InterruptedException {
        run(port, script, 1, 1, SEQUENTIAL_WARM_UP_SECONDS);
        run(port, script, connections, threads, CONCURRENT_WARM_UP_SECONDS);
    }

    static HttpResult run(int port, Path script, int connections, int threads, int seconds)
            throws IOException, InterruptedException {
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
        return new HttpResult(connections, threads, seconds, requests, Math.round(requests / seconds2 * 10) / 10.0,
                Double.parseDouble(m.group(8)) / 1000, Double.parseDouble(m.group(9)) / 1000,
                socketErrors + non2xx, non2xx);
    }
}
