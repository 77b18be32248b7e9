package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policysearch.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code bin/benchmark}: generate archives and measure everything issue 6 asks for, in one run. */
@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generates archives, measures analysis, indexing, search, HTTP, memory and peers, "
                + "and writes BENCHMARKS.md and benchmarks.json.",
        subcommands = {BenchmarkMain.Generate.class, BenchmarkMain.SameTokens.class, BenchmarkMain.Http.class,
                BenchmarkMain.Compare.class})
public final class BenchmarkMain implements Callable<Integer> {

    /**
     * Untimed rounds of the mix before searches are timed, by a run and by {@code compare}. The JIT
     * keeps compiling the search path on the same two cores for longer than 20 rounds, and the first
     * class timed (common words) pays most: at 1 GB (LatencyProcess, 300 per class, two runs each,
     * 2026-12-06) common words p50 6.36/4.99 ms after 20 rounds, 4.52/4.07 after 60; two-character
     * words 4.38/3.82 against 2.90/3.00. A serving process is long past its warm-up.
     */
    static final String WARM_UP_ROUNDS = "60";

    @Spec
    private CommandSpec spec;

    @Mixin
    private ArchiveOptions archive;

    @Mixin
    private LoadOptions load;

    @Option(names = "--sizes", split = ",", defaultValue = "100MB,1GB", description = "archive sizes (default: ${DEFAULT-VALUE})")
    private List<String> sizes;

    @Option(names = "--out", defaultValue = "docs", description = "where the report goes (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "thread counts for analysis and indexing (default: ${DEFAULT-VALUE})")
    private List<Integer> threads;

    @Option(names = "--queries-per-class", defaultValue = "300", description = "timed searches per query class (default: ${DEFAULT-VALUE})")
    private int queriesPerClass;

    @Option(names = "--warm-up-rounds", defaultValue = WARM_UP_ROUNDS, description = "untimed rounds of the whole mix first (default: ${DEFAULT-VALUE})")
    private int warmUpRounds;

    @Option(names = "--rounds", defaultValue = "3", description = "rounds of the timed searches, each in a JVM of its "
            + "own and followed by one ripgrep call per query; the timed searches are shared among them (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--no-http", negatable = true, defaultValue = "true", description = "skip the wrk runs and the memory of serve")
    private boolean http;

    @Option(names = "--no-peers", negatable = true, defaultValue = "true", description = "skip ripgrep and SQLite FTS5")
    private boolean peers;

    @Option(names = "--prepare", description = "only generate the archives, task tables and FTS5 databases, for a later run")
    private boolean prepare;

    @Option(names = "--reuse-indexes", description = "beyond the first size, reuse an index an earlier run built with "
            + "this schema version (its build rate is reported with when it was measured)")
    private boolean reuseIndexes;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The generator over the repository's seed notices (commands run from the repository root). */
    private static ArchiveGenerator bundledGenerator() throws IOException {
        return ArchiveGenerator.of(SeedText.load(Path.of("corpus")));
    }

    static CommandLine commandLine() {
        return new CommandLine(new BenchmarkMain())
                .setExitCodeExceptionMapper(e -> ExitCodes.FAILURE)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("benchmark: " + e);
                    return ExitCodes.FAILURE;
                });
    }

    @Override
    public Integer call() throws Exception {
        sizes.forEach(Sizes::parse);
        if (rounds < 1 || queriesPerClass < rounds) {
            throw new ParameterException(spec.commandLine(),
                    "--rounds must be at least 1 and at most --queries-per-class (" + queriesPerClass + ")");
        }
        List<String> missing = missingTools();
        if (!missing.isEmpty()) {
            spec.commandLine().getErr().println("benchmark: missing " + String.join(", ", missing)
                    + " (apt-get install wrk ripgrep), or run with --no-http / --no-peers");
            return ExitCodes.FAILURE;
        }
        Path root = Path.of("").toAbsolutePath();
        String command = "bin/benchmark " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        Settings settings = new Settings(root, root.resolve(archive.work), root.resolve(out), sizes, archive.seed,
                threads, queriesPerClass, warmUpRounds, rounds, load.wrkSeconds, load.connections, load.serveHeap,
                http, peers, prepare, reuseIndexes, command.strip());
        Report report = new BenchmarkRun(settings, spec.commandLine().getErr()).run();
        if (report != null) {
            spec.commandLine().getOut().print(ReportWriter.markdown(report));
        }
        return ExitCodes.OK;
    }

    private List<String> missingTools() {
        List<String> needed = new ArrayList<>();
        if (http) {
            needed.add("wrk");
        }
        if (peers) {
            needed.add("rg");
        }
        return needed.stream().filter(t -> !Processes.installed(t)).toList();
    }

    /** {@code bin/benchmark generate}: only write an archive. */
    @Command(name = "generate", mixinStandardHelpOptions = true, description = "Writes a generated archive and exits.")
    static final class Generate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--size", defaultValue = "100MB", description = "archive size (default: ${DEFAULT-VALUE})")
        private String size;

        @Option(names = "--seed", defaultValue = "42", description = "generator seed (default: ${DEFAULT-VALUE})")
        private long seed;

        @Option(names = "--dir", required = true, description = "an empty or absent folder (e.g. var/bench/archive)")
        private Path dir;

        @Override
        public Integer call() throws Exception {
            ArchiveGenerator generator = bundledGenerator();
            long start = System.nanoTime();
            ArchiveGenerator.Summary s = generator.write(seed, Sizes.parse(size), dir);
            spec.commandLine().getOut().printf(Locale.ROOT, "%,d bytes, %,d files, %,d documents, %,d tasks in %.1f s%n",
                    s.bytes(), s.files(), s.documents(), s.tasks(), (System.nanoTime() - start) / 1e9);
            return ExitCodes.OK;
        }
    }

    /** {@code bin/benchmark same-tokens}: only the faster analysis chains against the stock ones. */
    @Command(name = "same-tokens", mixinStandardHelpOptions = true,
            description = "Times each stock analysis chain against the faster one the index uses (smartcn's segmentation, "
                    + "the recall and grams chains) over an archive's task texts, one thread each, and checks that "
                    + "their tokens are identical.")
    static final class SameTokens implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--size", defaultValue = "100MB", description = "archive size (default: ${DEFAULT-VALUE})")
        private String size;

        @Mixin
        private ArchiveOptions archive;

        @Override
        public Integer call() throws Exception {
            Path tasks = archive.path("tasks", size, ".tsv");
            Path corpus = archive.path("archive", size, "");
            if (!Files.exists(tasks)) {
                if (!Files.isDirectory(corpus)) {
                    ArchiveGenerator generator = bundledGenerator();
                    generator.write(archive.seed, Sizes.parse(size), corpus);
                }
                TaskTable.write(corpus, tasks, 2);
            }
            List<Report.SameTokens> chains = SameTokensCheck.run(tasks, BenchmarkRun.folderBytes(corpus));
            for (Report.SameTokens c : chains) {
                spec.commandLine().getOut().printf(Locale.ROOT,
                        "%s: stock %.2f, the index's %.2f MB per CPU-s (%.2f ×); tokens over all task texts %s%n",
                        c.chain(), c.stock().mbPerCpuSecond(), c.fast().mbPerCpuSecond(),
                        c.fast().mbPerCpuSecond() / c.stock().mbPerCpuSecond(),
                        c.identical() ? "identical (equal checksums)" : "DIFFERENT");
            }
            return chains.stream().allMatch(Report.SameTokens::identical) ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    /** {@code bin/benchmark http}: only the wrk runs and the memory of serve, on an index a run built. */
    @Command(name = "http", mixinStandardHelpOptions = true,
            description = "Serves the index an earlier run built for a size and loads it with wrk, rotating the query "
                    + "mix that run wrote (var/bench/rotate.lua); prints requests/s, latency, errors and memory.")
    static final class Http implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private RunIndexOptions built;

        @Mixin
        private ArchiveOptions archive;

        @Mixin
        private LoadOptions load;

        @Override
        public Integer call() throws Exception {
            Path root = Path.of("").toAbsolutePath();
            Path index = built.index(archive).toAbsolutePath();
            MemoryResult memory;
            try (ServeProcess serve = ServeProcess.start(root, index, BenchmarkRun.freePort(), load.serveHeap,
                    archive.work.resolve("serve-" + Sizes.label(built.size) + ".log"))) {
                HttpLoad.measure(serve.port(), archive.work.toAbsolutePath(), load.connections, BenchmarkRun.WRK_THREADS,
                        load.wrkSeconds, r -> spec.commandLine().getOut().println(r.summary()));
                memory = serve.memory();
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "serve -Xmx%s: heap used after a full GC %d MB, committed %d MB, "
                    + "resident %d MB%n", memory.xmx(), memory.heapUsedAfterGcMb(), memory.heapCommittedMb(), memory.rssMb());
            return ExitCodes.OK;
        }
    }

    /** {@code bin/benchmark compare}: two builds of the search core side by side on one index. */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Times the first searches of a report's query mix on two builds of the search core, in one "
                    + "JVM on the index a run built (or on two indexes), call by call with the build asked first alternating, and "
                    + "compares their answers part by part. Exits 1 when any answer differs.")
    static final class Compare implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--baseline", required = true,
                description = "benchmarks/target folder of the build to compare against (benchmarks.jar and lib/)")
        private Path baseline;

        @Option(names = "--candidate", defaultValue = "benchmarks/target",
                description = "benchmarks/target folder of the build to measure (default: ${DEFAULT-VALUE}, this one)")
        private Path candidate;

        @Mixin
        private RunIndexOptions built;

        @Mixin
        private ArchiveOptions archive;

        @Option(names = "--baseline-index", description = "index the baseline searches (default: the run's index of --size)")
        private Path baselineIndex;

        @Option(names = "--candidate-index", description = "index the candidate searches (default: the run's index of --size)")
        private Path candidateIndex;

        @Option(names = "--report", defaultValue = "docs/benchmarks.json",
                description = "report whose query mix is asked (default: ${DEFAULT-VALUE})")
        private Path report;

        @Option(names = "--warm-up-rounds", defaultValue = WARM_UP_ROUNDS, description = "untimed rounds of the mix on both builds, in each half (default: ${DEFAULT-VALUE})")
        private int warmUpRounds;

        @Option(names = "--rounds", defaultValue = "40", description = "timed rounds of the mix, split between the halves (default: ${DEFAULT-VALUE})")
        private int rounds;

        @Override
        public Integer call() throws Exception {
            Path runIndex = built.index(archive);
            SideBySide.Side a = new SideBySide.Side(SideBySide.jarsOf(baseline), baselineIndex == null ? runIndex : baselineIndex);
            SideBySide.Side b = new SideBySide.Side(SideBySide.jarsOf(candidate), candidateIndex == null ? runIndex : candidateIndex);
            List<BenchQuery> mix = SideBySide.mixOf(report);
            SideBySide.Comparison c = SideBySide.run(mix, a, b, warmUpRounds, rounds);
            CommandLine out = spec.commandLine();
            out.getOut().printf(Locale.ROOT, "%d queries of %s; two halves, the builds opened in either order, each with %d warm-up "
                    + "rounds; %d timed rounds in all%nbaseline:  %s on %s%ncandidate: %s on %s%n", mix.size(), report,
                    warmUpRounds, rounds, baseline.toAbsolutePath(), a.index(), candidate.toAbsolutePath(), b.index());
            c.lines().forEach(out.getOut()::println);
            return c.differences().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }
}
