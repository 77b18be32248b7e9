package org.policysearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite FTS5 with the trigram tokenizer over the same tasks, queried through the sqlite3 shell
 * the way a Datasette page would: the count and the first ten rows with a snippet. Trigrams
 * cannot match a string shorter than three characters, so two-character words find nothing.
 */
final class Fts5Peer {

    static final String ENGINE = "SQLite FTS5 trigram";
    /** {@code Run Time: real 0.012 user 0.010000 sys 0.000000}, printed by {@code .timer on}. */
    private static final Pattern RUN_TIME = Pattern.compile("Run Time: real ([0-9.]+)");
    /** The count line of a query, tagged so it cannot be mistaken for a row. */
    private static final Pattern COUNT = Pattern.compile("COUNT\\|(\\d+)");

    private Fts5Peer() {
    }

    /** Builds the database from the task table; returns the build time in nanoseconds. */
    static long build(Path tasksTsv, Path db) throws IOException, InterruptedException {
        Files.deleteIfExists(db);
        String script = String.join("\n",
                "PRAGMA journal_mode=OFF;", "PRAGMA synchronous=OFF;",
                "CREATE TABLE raw(taskId TEXT, year INTEGER, leads TEXT, body TEXT);",
                ".mode tabs", ".import '" + tasksTsv.toAbsolutePath() + "' raw",
                "CREATE VIRTUAL TABLE fts USING fts5(taskId UNINDEXED, body, tokenize='trigram');",
                "INSERT INTO fts(taskId, body) SELECT taskId, body FROM raw;",
                "DROP TABLE raw;", "VACUUM;", "");
        Path scriptFile = db.resolveSibling("build.sql");
        Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
        Processes.Result r = Processes.check(List.of("sqlite3", db.toString(), ".read '" + scriptFile + "'"), null, 0);
        return r.nanos();
    }

    static List<PeerResult> run(Path db, List<BenchQuery> queries, Map<BenchQuery, Long> truth, int rounds)
            throws IOException, InterruptedException {
        List<PeerResult> out = new ArrayList<>();
        for (QueryClass c : QueryClass.values()) {
            List<BenchQuery> ofClass = queries.stream().filter(q -> q.queryClass() == c).toList();
            if (!c.textOnly() || ofClass.isEmpty()) {
                continue;
            }
            StringBuilder script = new StringBuilder(".timer on\n");
            for (int round = 0; round < rounds; round++) {
                for (BenchQuery q : ofClass) {
                    String match = match(q).replace("'", "''");
                    script.append("SELECT 'COUNT', count(*) FROM fts WHERE fts MATCH '").append(match).append("';\n");
                    script.append("SELECT taskId, snippet(fts, 1, '<mark>', '</mark>', '…', 16) FROM fts WHERE fts MATCH '")
                            .append(match).append("' ORDER BY rank LIMIT 10;\n");
                }
            }
            Path scriptFile = db.resolveSibling("queries.sql");
            Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
            String output = Processes.check(List.of("sqlite3", db.toString(), ".read '" + scriptFile + "'"), null, 0).stdout();
            List<Long> times = new ArrayList<>();
            Matcher t = RUN_TIME.matcher(output);
            while (t.find()) {
                times.add(Math.round(Double.parseDouble(t.group(1)) * 1e9));
            }
            List<Long> counts = new ArrayList<>();
            Matcher m = COUNT.matcher(output);
            while (m.find()) {
                counts.add(Long.parseLong(m.group(1)));
            }
            if (times.size() != 2 * rounds * ofClass.size() || counts.size() != rounds * ofClass.size()) {
                throw new IOException("unexpected sqlite3 output for " + c + ": " + output.lines().limit(5).toList());
            }
            long[] perQuery = new long[rounds * ofClass.size()];
            for (int i = 0; i < perQuery.length; i++) {
                perQuery[i] = times.get(2 * i) + times.get(2 * i + 1);
            }
            long hits = 0;
            long expected = 0;
            for (int i = 0; i < ofClass.size(); i++) {
                hits += counts.get(i);
                expected += truth.get(ofClass.get(i));
            }
            out.add(new PeerResult(ENGINE, c, Latency.ofNanos(perQuery), hits, expected,
                    expected == 0 ? 1 : Math.min(1.0, hits / (double) expected),
                    c == QueryClass.TWO_CHAR_WORD ? "trigrams cannot match two characters" : "count + top 10 with snippet"));
        }
        return out;
    }

    /** FTS5 query syntax: each literal as a quoted string, ANDed. */
    private static String match(BenchQuery q) {
        return String.join(" AND ", q.literals().stream().map(l -> "\"" + l + "\"").toList());
    }
}
