package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQLite FTS5 with the trigram tokenizer over the same tasks, queried in process (sqlite-jdbc)
 * the way a Datasette page does: the count, and the first ten rows by rank with a snippet.
 * Trigrams cannot match a string shorter than three characters: two-character words find nothing.
 */
final class Fts5Peer implements AutoCloseable {

    static final String ENGINE = "SQLite FTS5 trigram";
    private static final String COUNT = "SELECT count(*) FROM fts WHERE fts MATCH ?";
    private static final String PAGE = "SELECT taskId, snippet(fts, 1, '<mark>', '</mark>', '…', 16) FROM fts "
            + "WHERE fts MATCH ? ORDER BY rank LIMIT 10";
    private static final int BATCH = 10_000;

    private final Connection db;

    private Fts5Peer(Connection db) {
        this.db = db;
    }

    /** Whether a complete database is there: the marker is written only after the build. */
    static boolean isBuilt(Path file) {
        return Files.exists(file) && Files.exists(marker(file));
    }

    static Fts5Peer open(Path file) throws SQLException {
        return new Fts5Peer(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()));
    }

    private static Path marker(Path file) {
        return file.resolveSibling(file.getFileName() + ".built");
    }

    /** Deletes a database and its built marker, if there are any. */
    static void delete(Path file) throws IOException {
        Files.deleteIfExists(marker(file));
        Files.deleteIfExists(file);
    }

    /** Builds a fresh database from the task table; {@code nanos[0]} receives the build time. */
    static Fts5Peer build(Path tasksTsv, Path file, long[] nanos) throws IOException, SQLException {
        delete(file);
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        long start = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
            s.execute("CREATE VIRTUAL TABLE fts USING fts5(taskId UNINDEXED, body, tokenize='trigram')");
        }
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO fts(taskId, body) VALUES (?, ?)")) {
            int[] pending = {0};
            TaskTable.forEach(tasksTsv, task -> {
                try {
                    insert.setString(1, task.taskId());
                    insert.setString(2, task.body());
                    insert.addBatch();
                    if (++pending[0] % BATCH == 0) {
                        insert.executeBatch();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("inserting " + task.taskId() + " into FTS5", e);
                }
            });
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO fts(fts) VALUES ('optimize')");
        }
        nanos[0] = System.nanoTime() - start;
        Files.writeString(marker(file), tasksTsv.getFileName().toString());
        return new Fts5Peer(db);
    }

    /** Per text class: {@code perClass} timed calls rotating through its queries, after one untimed round. */
    List<PeerResult> run(List<BenchQuery> queries, Map<BenchQuery, Long> truth, int perClass) throws SQLException {
        List<PeerResult> out = new ArrayList<>();
        try (PreparedStatement count = db.prepareStatement(COUNT); PreparedStatement page = db.prepareStatement(PAGE)) {
            for (QueryClass c : QueryClass.values()) {
                List<BenchQuery> ofClass = queries.stream().filter(q -> q.queryClass() == c).toList();
                if (!c.textOnly() || ofClass.isEmpty()) {
                    continue;
                }
                long hits = 0;
                long expected = 0;
                for (BenchQuery q : ofClass) {
                    hits += once(count, page, q);
                    expected += truth.get(q);
                }
                long[] nanos = new long[perClass];
                for (int i = 0; i < nanos.length; i++) {
                    long start = System.nanoTime();
                    once(count, page, ofClass.get(i % ofClass.size()));
                    nanos[i] = System.nanoTime() - start;
                }
                out.add(new PeerResult(ENGINE, c, Latency.ofNanos(nanos), hits, expected,
                        expected == 0 ? 1 : Math.min(1.0, hits / (double) expected),
                        c == QueryClass.TWO_CHAR_WORD ? "trigrams cannot match two characters" : "count + top 10 with snippet"));
            }
        }
        return out;
    }

    private static long once(PreparedStatement count, PreparedStatement page, BenchQuery q) throws SQLException {
        String match = String.join(" AND ", q.literals().stream().map(l -> "\"" + l + "\"").toList());
        long total;
        count.setString(1, match);
        try (ResultSet r = count.executeQuery()) {
            r.next();
            total = r.getLong(1);
        }
        page.setString(1, match);
        try (ResultSet r = page.executeQuery()) {
            while (r.next()) {
                r.getString(2);
            }
        }
        return total;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
