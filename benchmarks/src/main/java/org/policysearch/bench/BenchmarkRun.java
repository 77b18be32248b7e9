package org.policysearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.index.IndexBuilder;
import org.policysearch.index.IndexLocation;
import org.policysearch.index.IndexSchema;
import org.policysearch.parse.CorpusReader;
import org.policysearch.parse.ParsedFile;
import org.policysearch.search.LuceneSearchBackend;
import org.policysearch.search.LuceneSearchBackend.Caching;
import org.policysearch.search.SearchBackend;

/** One benchmark run: every size in turn, the report rewritten after each. */
final class BenchmarkRun {

    /** Queries per text class whose full result sets are compared with the literal truth. */
    private static final int RECALL_CHECKS = 3;
    /** Tasks the query mix is chosen from: the archive's first, identical at every size. */
    private static final int SAMPLE_TASKS = 5000;
    /** The recall representation's fields: the bigrams and the runs as terms. */
    private static final List<String> RECALL_FIELDS = List.of(IndexSchema.TEXT, IndexSchema.TEXT_GRAMS);
    /** The ranking field and the recall representation's fields: what the index analyses per task. */
    private static final List<String> ANALYSED_FIELDS = Stream.concat(Stream.of(IndexSchema.TEXT_WORDS),
            RECALL_FIELDS.stream()).toList();
    static final int WRK_THREADS = 2;

    private final Settings settings;
    private final PrintWriter log;
    private final ObjectMapper json = new ObjectMapper();
    private final Analyzer analyzer = IndexSchema.analyzer();
    private List<BenchQuery> mix;

    BenchmarkRun(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
    }

    Report run() throws IOException, InterruptedException, ExecutionException, SQLException {
        Files.createDirectories(settings.work());
        Machine machine = Machine.current();
        String loadAtStart = loadAverage();
        SeedText seed = SeedText.load(settings.seedCorpus());
        ArchiveGenerator generator = ArchiveGenerator.of(seed);
        List<Report.SizeReport> sizes = new ArrayList<>();
        Report report = null;
        for (int i = 0; i < settings.sizes().size(); i++) {
            Report.SizeReport measured = measure(settings.sizes().get(i), i == 0, generator, seed);
            if (measured == null) {
                continue;
            }
            sizes.add(measured);
            report = new Report(settings.command(), machine, loadAtStart, loadAverage(), settings.seed(), mix,
                    List.copyOf(sizes), Targets.evaluate(sizes), notes());
            ReportWriter.write(report, settings.out(), json);
            log.printf(Locale.ROOT, "benchmark: %s done; report written to %s%n", settings.sizes().get(i), settings.out());
            log.flush();
        }
        return report;
    }

    private Report.SizeReport measure(String size, boolean first, ArchiveGenerator generator, SeedText seed)
            throws IOException, InterruptedException, ExecutionException, SQLException {
        Path corpus = settings.work().resolve(settings.name("archive", size));
        Path tasks = settings.work().resolve(settings.name("tasks", size) + ".tsv");
        Path db = settings.work().resolve(settings.name("fts5", size) + ".db");
        Report.Archive archive = archive(size, corpus, generator, tasks, db);
        Report.Rate parse = null;
        if (first || !Files.exists(tasks)) {
            step("parsing %s into the task table", size);
            TaskTable.write(corpus, tasks, settings.maxThreads());
        } else {
            step("reusing the task table %s (parse rate measured on the first size)", tasks);
        }
        if (first && !settings.prepareOnly()) {
            // Timed apart from the table: the files are in the page cache and the parser is compiled.
            step("parsing %s again, timed: the parser alone", size);
            Stopwatch watch = new Stopwatch();
            TaskTable.parse(corpus, settings.maxThreads(), task -> { });
            parse = watch.rate(settings.maxThreads(), archive.bytes());
        }
        archive = withParse(archive, tasks, parse);
        if (settings.prepareOnly()) {
            if (settings.peers()) {
                fts5(tasks, db).close();
            }
            return null;
        }

        Report.Throughput throughput = throughput(size, corpus, tasks, archive, first);
        Path index = indexRoot(size, settings.maxThreads());
        Report.IndexSize indexSize = new Report.IndexSize(folderBytes(index),
                round(folderBytes(index) / (double) archive.bytes(), 3));

        if (mix == null) {
            mix = QueryMix.choose(TaskTable.head(tasks, SAMPLE_TASKS), seed.sentences(), analyzer, IndexSchema.TEXT_WORDS,
                    settings.seed());
        }
        step("literal truth of %d queries over %,d tasks", mix.size(), archive.tasks());
        LiteralTruth truth = LiteralTruth.scan(tasks, mix, recallChecked());

        List<PeerResult> queries = new ArrayList<>();
        Optional<RipgrepPeer> ripgrep = settings.peers() ? Optional.of(new RipgrepPeer(corpus, mix)) : Optional.empty();
        Map<QueryClass, SearchLatency.Timings> timings = inTurns(size, index, corpus, ripgrep);
        try (SearchBackend backend = LuceneSearchBackend.open(index, Caching.OFF)) {
            queries.addAll(SearchLatency.results(backend, mix, truth, timings));
        }
        if (ripgrep.isPresent()) {
            queries.addAll(ripgrep.get().results(truth.counts()));
            try (Fts5Peer fts = fts5(tasks, db)) {
                step("SQLite FTS5 trigram, %d queries per class", settings.queriesPerClass());
                queries.addAll(fts.run(mix, truth.counts(), settings.queriesPerClass()));
            }
        }
        List<HttpResult> http = new ArrayList<>();
        MemoryResult memory = null;
        if (settings.http()) {
            step("HTTP with wrk against bin/policy-search serve (-Xmx%s)", settings.serveHeap());
            try (ServeProcess serve = ServeProcess.start(settings.root(), index, freePort(), settings.serveHeap(),
                    settings.work().resolve("serve-" + Sizes.label(size) + ".log"))) {
                HttpLoad.scripts(HttpLoad.paths(mix), settings.work());
                http.addAll(HttpLoad.measure(serve.port(), settings.work(), settings.connections(), WRK_THREADS,
                        settings.wrkSeconds(), r -> log.println("benchmark:   " + r.summary())));
                memory = serve.memory();
            }
        }
        return new Report.SizeReport(Sizes.label(size), archive, throughput, indexSize, queries, http, memory);
    }

    /**
     * The search timings, taken in turns with ripgrep's: each round times its share of the calls in a
     * fresh {@link LatencyProcess}, then asks ripgrep every query once. With the JIT settled, one
     * launch's common words at 1 GB still took 2.2 ms and another's 3.3 (p50, twelve launches on
     * 2026-12-07), every class of a launch moving together, and ripgrep moves with the hour too: in
     * turns, both are timed over the same minutes, and no one launch decides a class's figure.
     */
    private Map<QueryClass, SearchLatency.Timings> inTurns(String size, Path index, Path corpus,
                                                           Optional<RipgrepPeer> ripgrep)
            throws IOException, InterruptedException {
        if (ripgrep.isPresent()) {
            step("ripgrep over %s, untimed: the archive into the page cache", corpus);
            ripgrep.get().warmUp();
        }
        List<Map<QueryClass, SearchLatency.Samples>> launches = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            int calls = settings.queriesPerClass() / settings.rounds()
                    + (round < settings.queriesPerClass() % settings.rounds() ? 1 : 0);
            step("search latency, round %d of %d: %d queries per class", round + 1, settings.rounds(), calls);
            launches.add(LatencyProcess.run(index, mix, settings.warmUpRounds(), calls, settings.serveHeap(),
                    settings.work().resolve("latency-" + Sizes.label(size) + ".log")));
            if (ripgrep.isPresent()) {
                step("ripgrep over %s, round %d of %d", corpus, round + 1, settings.rounds());
                ripgrep.get().round();
            }
        }
        return SearchLatency.pooled(mix, launches);
    }

    private Path indexRoot(String size, int threads) {
        return settings.work().resolve(settings.name("index", size) + "-t" + threads);
    }

    /** Where {@link IndexBuild} of a kept index is recorded: without it the index is not reused. */
    private static Path indexRecord(Path root) {
        return root.resolveSibling(root.getFileName() + ".json");
    }

    /** How an index kept for later runs was built: the rate, when, and how loaded the machine was. */
    record IndexBuild(Report.Rate rate, String builtAt, String loadAverage) {
    }

    /** The FTS5 database of the task table, built once and kept for later runs. */
    private Fts5Peer fts5(Path tasks, Path db) throws IOException, SQLException {
        if (Fts5Peer.isBuilt(db)) {
            step("reusing the FTS5 trigram database %s", db);
            return Fts5Peer.open(db);
        }
        step("building the FTS5 trigram database %s", db);
        long[] nanos = new long[1];
        Fts5Peer fts = Fts5Peer.build(tasks, db, nanos);
        log.printf(Locale.ROOT, "benchmark:   FTS5 build %.1f s, %,d MB%n", nanos[0] / 1e9, Files.size(db) >> 20);
        return fts;
    }

    /**
     * Generates the archive, or reuses one generated before with the same size and seed by the same
     * generator (its first file is compared: a changed vocabulary or layout changes it). A new archive
     * makes the task table, FTS5 database and kept indexes of the old one stale: they are deleted.
     */
    private Report.Archive archive(String size, Path corpus, ArchiveGenerator generator, Path tasks, Path db)
            throws IOException {
        Path marker = corpus.resolveSibling(corpus.getFileName() + ".json");
        GeneratedFile first = generator.files(settings.seed(), Sizes.parse(size)).iterator().next();
        Path firstFile = corpus.resolve(first.name());
        if (Files.exists(marker) && Files.isRegularFile(firstFile)
                && Files.readString(firstFile, StandardCharsets.UTF_8).equals(first.text())) {
            step("reusing %s", corpus);
            return json.readValue(marker.toFile(), Report.Archive.class);
        }
        deleteTree(corpus);
        Files.deleteIfExists(marker);
        Files.deleteIfExists(tasks);
        Fts5Peer.delete(db);
        for (int t : settings.threads()) {
            Files.deleteIfExists(indexRecord(indexRoot(size, t)));
        }
        step("generating %s (seed %d) into %s", size, settings.seed(), corpus);
        long start = System.nanoTime();
        ArchiveGenerator.Summary s = generator.write(settings.seed(), Sizes.parse(size), corpus);
        Report.Archive archive = new Report.Archive(s.bytes(), s.files(), s.documents(), s.tasks(), 0,
                round((System.nanoTime() - start) / 1e9, 1), null);
        json.writeValue(marker.toFile(), archive);
        return archive;
    }

    private Report.Archive withParse(Report.Archive a, Path tasks, Report.Rate parse) throws IOException {
        long[] rows = new long[2];
        TaskTable.forEach(tasks, t -> {
            rows[0]++;
            rows[1] += t.body().getBytes(StandardCharsets.UTF_8).length;
        });
        return new Report.Archive(a.bytes(), a.files(), a.documents(), (int) rows[0], rows[1], a.generateSeconds(),
                parse);
    }

    /**
     * An untimed build of the archive's first fifth, deleted after, so that the timed builds run
     * compiled code as the ceiling does: a fresh `bin/policy-search index` of 100 MB spent 29 s
     * compiling (-XX:+CITime) of its 85–100 CPU-s, which the first timed build paid.
     */
    private void warmUpBuild(String size, Path corpus) throws IOException {
        AgencyRegistry registry = AgencyRegistry.bundled();
        IndexBuilder.Source all = IndexBuilder.Source.corpus(new CorpusReader(registry), corpus);
        List<Path> files = all.files();
        List<Path> head = files.subList(0, Math.max(1, files.size() / 5));
        step("untimed warm-up build of %,d of %,d files", head.size(), files.size());
        IndexBuilder.Source fifth = new IndexBuilder.Source() {
            @Override
            public List<Path> files() {
                return head;
            }

            @Override
            public ParsedFile read(Path file) {
                return all.read(file);
            }
        };
        Path root = settings.work().resolve(settings.name("warm-up-index", size));
        deleteTree(root);
        new IndexBuilder(registry, settings.maxThreads(), IndexBuilder.Listener.NONE).build(fifth, new IndexLocation(root));
        deleteTree(root);
    }

    /**
     * The analysis ceiling and the end-to-end builds. On the first size every thread count is
     * measured; on larger ones only the build with the most threads, which the queries then use.
     */
    private Report.Throughput throughput(String size, Path corpus, Path tasks, Report.Archive archive, boolean first)
            throws IOException, InterruptedException, ExecutionException {
        List<Report.Rate> ceiling = new ArrayList<>();
        Report.Rate smartcn = null;
        Report.Rate recall = null;
        List<Report.SameTokens> sameTokens = List.of();
        if (first) {
            List<String> bodies = new ArrayList<>(archive.tasks());
            TaskTable.forEach(tasks, t -> bodies.add(t.body()));
            step("analysis ceiling over %,d task texts", bodies.size());
            AnalysisCeiling.measure(bodies.subList(0, Math.min(bodies.size(), 20_000)), analyzer, ANALYSED_FIELDS, 1);
            smartcn = ceiling(bodies, List.of(IndexSchema.TEXT_WORDS), 1, archive.bytes());
            recall = ceiling(bodies, RECALL_FIELDS, 1, archive.bytes());
            step("stock chains against the index's");
            sameTokens = SameTokensCheck.run(bodies, archive.bytes());
            for (int t : settings.threads()) {
                ceiling.add(ceiling(bodies, ANALYSED_FIELDS, t, archive.bytes()));
                log.printf(Locale.ROOT, "benchmark:   ceiling %d thread(s): %.2f MB/s%n", t, ceiling.getLast().mbPerSecond());
            }
        }
        if (first) {
            warmUpBuild(size, corpus);
        }
        List<Report.Rate> index = new ArrayList<>();
        String reusedFrom = null;
        for (int t : first ? settings.threads() : List.of(settings.maxThreads())) {
            Path root = indexRoot(size, t);
            Path record = indexRecord(root);
            if (!first && settings.reuseIndexes() && Files.exists(record) && new IndexLocation(root).hasCurrentSchema()) {
                IndexBuild earlier = json.readValue(record.toFile(), IndexBuild.class);
                step("reusing the index %s built at %s (load %s)", root, earlier.builtAt(), earlier.loadAverage());
                index.add(earlier.rate());
                reusedFrom = earlier.builtAt() + ", load average " + earlier.loadAverage();
                continue;
            }
            deleteTree(root);
            Files.deleteIfExists(record);
            step("index build, %d thread(s)", t);
            System.gc();
            String load = loadAverage();
            Stopwatch watch = new Stopwatch();
            AgencyRegistry registry = AgencyRegistry.bundled();
            new IndexBuilder(registry, t, IndexBuilder.Listener.NONE)
                    .build(IndexBuilder.Source.corpus(new CorpusReader(registry), corpus), new IndexLocation(root));
            index.add(watch.rate(t, archive.bytes()));
            log.printf(Locale.ROOT, "benchmark:   index %d thread(s): %.2f MB/s%n", t, index.getLast().mbPerSecond());
            if (t != settings.maxThreads()) {
                deleteTree(root);
            } else {
                json.writeValue(record.toFile(), new IndexBuild(index.getLast(), Machine.current().date(), load));
            }
        }
        List<Double> ratio = new ArrayList<>();
        List<Double> ratioCpu = new ArrayList<>();
        for (Report.Rate r : index) {
            ceiling.stream().filter(c -> c.threads() == r.threads()).findFirst().ifPresent(c -> {
                ratio.add(round(r.mbPerSecond() / c.mbPerSecond(), 2));
                ratioCpu.add(round(r.mbPerCpuSecond() / c.mbPerCpuSecond(), 2));
            });
        }
        return new Report.Throughput(ceiling, smartcn, recall, index, ratio, ratioCpu, sameTokens, reusedFrom);
    }

    private Report.Rate ceiling(List<String> bodies, List<String> fields, int threads, long corpusBytes)
            throws InterruptedException, ExecutionException {
        Stopwatch watch = new Stopwatch();
        AnalysisCeiling.measure(bodies, analyzer, fields, threads);
        return watch.rate(threads, corpusBytes);
    }

    private Set<BenchQuery> recallChecked() {
        Set<BenchQuery> checked = new LinkedHashSet<>();
        for (QueryClass c : QueryClass.values()) {
            mix.stream().filter(q -> q.queryClass() == c).limit(RECALL_CHECKS).forEach(checked::add);
        }
        return checked;
    }

    private List<String> notes() {
        return List.of(
                "Throughput is corpus megabytes (UTF-8 bytes of the generated files) per second of wall time.",
                "The analysis ceiling runs every task's title and text through the index's analyzers "
                        + "(SmartChineseAnalyzer for ranking; CJK bigrams and the three- and four-character runs for "
                        + "recall) and nothing else, after an untimed "
                        + "round over 20,000 texts; the timed builds come after an untimed build of the first size's first "
                        + "fifth of files, so both run compiled code (a fresh `bin/policy-search index` also compiles: 29 CPU-s "
                        + "of a 100 MB build's 85–100).",
                "Search latency is measured through SearchBackend in a JVM of its own that opens only the index, "
                        + "with the heap `serve` gets (-Xmx" + settings.serveHeap() + "), after " + settings.warmUpRounds()
                        + " untimed rounds of the whole mix (each query on the uncached backend, then on the cached one, so "
                        + "that the JIT has compiled both paths before anything is timed); every call computes the top 10 "
                        + "and the highlights. The timed "
                        + "calls are shared among " + settings.rounds() + " such JVMs, launched one after another, each "
                        + "followed by one ripgrep call per query, so that the search and ripgrep are timed over the same "
                        + "minutes and no one launch decides a figure. "
                        + "`" + SearchLatency.ENGINE + "` rows are first searches: the backend has no caches (neither its "
                        + "own nor Lucene's clause cache), so every call matches, ranks, counts the facets and highlights, as "
                        + "for a question not asked before (the targets are judged on these); their note names the class's slowest query by its own median. `" + SearchLatency.REPEATED + "` rows are the same calls with the "
                        + "caches `serve` uses, which the warm-up filled: a repeated request is answered from memory.",
                "The HTTP load rotates through the same mix's URLs. With `repeated` questions `serve` answers from "
                        + "its result cache after the first round: the HTTP layer and the cache. With `new` questions each "
                        + "URL is made unique by excluding a word no task has (`-u3x1234`), so every request is matched, "
                        + "ranked, counted and highlighted anew (Lucene's clause cache, which `serve` keeps, may hold the "
                        + "word's matches from an earlier round). Before the timed runs a fresh `serve` is warmed by "
                        + HttpLoad.NEW_QUESTIONS_WARM_UP_SECONDS + " s of new questions at the first connection count "
                        + "(another excluded word, `-w3x1234`, so that none is asked again when timed), then "
                        + HttpLoad.SEQUENTIAL_WARM_UP_SECONDS
                        + " s of wrk on one connection through the mix and " + HttpLoad.CONCURRENT_WARM_UP_SECONDS
                        + " s at the first connection count (untimed).",
                "Recall is found ∩ truth / truth, where the truth is the set of tasks whose title or text contains "
                        + "every string of the query (and that pass its filters); for ripgrep it is matching lines / truth.",
                "ripgrep's time is that of the whole process (rg -c -F over the archive folder, page cache warm: one "
                        + "untimed call first), " + settings.rounds() + " calls per query, taken in turns with the search "
                        + "timing.",
                "FTS5 runs in process through sqlite-jdbc on a database of the same tasks; its time is the count "
                        + "plus the first ten rows by rank with a snippet, after one untimed round.");
    }

    private void step(String format, Object... args) {
        log.printf(Locale.ROOT, "benchmark: " + format + "%n", args);
        log.flush();
    }

    static double round(double x, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(x * f) / f;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static long folderBytes(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
