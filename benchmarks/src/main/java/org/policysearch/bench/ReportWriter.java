package org.policysearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes {@code benchmarks.json} and {@code BENCHMARKS.md}. The Markdown is regenerated above a
 * marker line; what a person wrote below it (profiles, analysis) is kept from run to run.
 */
final class ReportWriter {

    static final String JSON_FILE = "benchmarks.json";
    static final String MARKDOWN_FILE = "BENCHMARKS.md";
    /** Everything after this line in BENCHMARKS.md is written by hand and survives a run. */
    static final String HAND_WRITTEN = "<!-- Everything below this line is written by hand; bin/benchmark keeps it. -->";

    private ReportWriter() {
    }

    static void write(Report report, Path out, ObjectMapper json) throws IOException {
        Files.createDirectories(out);
        json.writerWithDefaultPrettyPrinter().writeValue(out.resolve(JSON_FILE).toFile(), report);
        Path md = out.resolve(MARKDOWN_FILE);
        String kept = "";
        if (Files.exists(md)) {
            String old = Files.readString(md, StandardCharsets.UTF_8);
            int at = old.indexOf(HAND_WRITTEN);
            kept = at < 0 ? "" : old.substring(at + HAND_WRITTEN.length());
        }
        Files.writeString(md, markdown(report) + "\n" + HAND_WRITTEN + kept, StandardCharsets.UTF_8);
    }

    static String markdown(Report r) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Measured by one command, on archives generated from the seed corpus's vocabulary ")
                .append("(deterministic: same seed, same bytes). Figures below are from the run described here; ")
                .append("`docs/benchmarks.json` holds the same figures.\n\n");
        md.append("## How to run\n\n```\n").append(r.command()).append("\n```\n\n");
        md.append("Needs a JDK 21+ and Maven (like `bin/policy-search`), and the peers and load tool, ")
                .append("which the harness checks for but never installs:\n\n```\napt-get install wrk ripgrep sqlite3\n```\n\n")
                .append("`bin/benchmark --help` lists the options (sizes, seed, threads, queries per class, ")
                .append("wrk duration, serve heap) and the partial commands: `generate` (an archive only), ")
                .append("`same-tokens` (each faster chain against its stock chain), `http` (wrk and memory on an index a run built), `compare` ")
                .append("(two builds of the search core side by side on an index a run built; see below). Archives, ")
                .append("task tables, FTS5 databases and indexes go to `var/bench/` (ignored by git); archives, task ")
                .append("tables and FTS5 databases are reused by later runs with the same size and seed while the ")
                .append("generator writes the same archive (`--reuse-indexes`: the index of each size after the first too).\n\n");
        Machine m = r.machine();
        md.append("## Machine\n\n");
        md.append(row("cores", String.valueOf(m.cores()))).append(row("CPU", m.cpu()))
                .append(row("memory", m.memoryMb() + " MB")).append(row("JDK", m.jdk())).append(row("OS", m.os()))
                .append(row("date (UTC)", m.date())).append(row("load average at start", r.loadAverageAtStart()))
                .append(row("load average at end", r.loadAverageAtEnd())).append(row("seed", String.valueOf(r.seed())))
                .append('\n');
        md.append("## Targets (issue 6)\n\n| target | measured | met |\n|---|---|---|\n");
        for (Report.Target t : r.targets()) {
            md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
                    .append(t.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append('\n');
        for (Report.SizeReport s : r.sizes()) {
            size(md, s);
        }
        md.append("## How the figures are taken\n\n");
        r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        md.append("\n## The query mix\n\nChosen from the archive's first tasks by how many contain each word "
                + "(the same at every size for one seed); each class's timed calls rotate through its queries.\n\n"
                + "| class | queries |\n|---|---|\n");
        for (QueryClass c : QueryClass.values()) {
            md.append("| ").append(c.label()).append(" | ");
            md.append(String.join(" · ", r.queries().stream().filter(q -> q.queryClass() == c).map(BenchQuery::describe).toList()));
            md.append(" |\n");
        }
        return md.toString();
    }

    private static void size(StringBuilder md, Report.SizeReport s) {
        Report.Archive a = s.archive();
        md.append("## ").append(s.size()).append("\n\n");
        md.append(String.format(Locale.ROOT, "Archive: %,d bytes in %,d files, %,d documents, %,d tasks "
                        + "(task titles and texts: %,d bytes); generated in %.1f s%s. Index: %,d bytes (%.2f × the corpus).%n%n",
                a.bytes(), a.files(), a.documents(), a.tasks(), a.taskTextBytes(), a.generateSeconds(),
                a.parse() == null ? "" : String.format(Locale.ROOT,
                        "; parsed alone (the project's parser, a second pass over the cached files) on %d threads at %.2f MB/s, %.2f MB per CPU-s",
                        a.parse().threads(), a.parse().mbPerSecond(), a.parse().mbPerCpuSecond()),
                s.index().bytes(), s.index().ratioToCorpus()));
        Report.Throughput t = s.throughput();
        md.append("| throughput (corpus MB) | threads | wall s | MB/s | CPU s | MB per CPU-s |\n|---|---|---|---|---|---|\n");
        if (t.smartcnOnly() != null) {
            rate(md, "analysis: smartcn only", t.smartcnOnly());
            rate(md, "analysis: recall only (bigrams and runs)", t.recallOnly());
        }
        t.ceiling().forEach(c -> rate(md, "analysis ceiling (both)", c));
        for (int i = 0; i < t.index().size(); i++) {
            Report.Rate x = t.index().get(i);
            String ratio = i < t.ratioToCeiling().size() ? String.format(Locale.ROOT, " (%.2f × ceiling; per CPU-s %.2f ×)",
                    t.ratioToCeiling().get(i), t.ratioToCeilingCpu().get(i)) : "";
            rate(md, "end-to-end index" + ratio, x);
        }
        md.append('\n');
        if (t.indexReusedFrom() != null) {
            md.append("The index of this size was built by an earlier run of the same command (").append(t.indexReusedFrom())
                    .append("); its build rate is that run's.\n\n");
        }
        if (!t.sameTokens().isEmpty()) {
            md.append("The analysis chains the index runs faster than stock Lucene, each against its stock chain on the same "
                    + "texts, one thread (item 4 and after):\n\n")
                    .append("| chain | stock MB per CPU-s | the index's MB per CPU-s | × | tokens over the whole archive |\n")
                    .append("|---|---|---|---|---|\n");
            for (Report.SameTokens c : t.sameTokens()) {
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |%n", c.chain(),
                        c.stock().mbPerCpuSecond(), c.fast().mbPerCpuSecond(),
                        c.fast().mbPerCpuSecond() / c.stock().mbPerCpuSecond(),
                        c.identical() ? "identical (equal checksums)" : "**differ**"));
            }
            md.append('\n');
        }
        md.append("| query class | engine | queries | p50 ms | p99 ms | hits | literal truth | recall | note |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (QueryClass c : QueryClass.values()) {
            for (PeerResult p : s.queries()) {
                if (p.queryClass() == c) {
                    md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %s | %,d | %s | %s |%n",
                            c.label(), p.engine(), p.latency().count(), p.latency().p50Ms(), p.latency().p99Ms(),
                            p.hits() < 0 ? "–" : String.format(Locale.ROOT, "%,d", p.hits()), p.truth(),
                            Double.isNaN(p.recall()) ? "–" : String.format(Locale.ROOT, "%.4f", p.recall()), p.note()));
                }
            }
        }
        md.append('\n');
        speedups(md, s);
        if (!s.http().isEmpty()) {
            md.append("| HTTP (wrk, rotating the mix) | questions | threads | seconds | requests/s | p50 ms | p99 ms | errors (non-2xx) |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            for (HttpResult h : s.http()) {
                md.append(String.format(Locale.ROOT, "| %d connections | %s | %d | %d | %.0f | %.2f | %.2f | %d (%d) |%n",
                        h.connections(), h.questions(), h.threads(), h.seconds(), h.requestsPerSecond(), h.p50Ms(),
                        h.p99Ms(), h.errors(), h.non2xx()));
            }
            md.append('\n');
        }
        if (s.memory() != null) {
            MemoryResult mem = s.memory();
            md.append(String.format(Locale.ROOT, "Memory of `serve` after the load: -Xmx%s, heap used after a full GC %d MB "
                    + "(committed %d MB), resident set %d MB.%n%n", mem.xmx(), mem.heapUsedAfterGcMb(),
                    mem.heapCommittedMb(), mem.rssMb()));
        }
    }

    private static void speedups(StringBuilder md, Report.SizeReport s) {
        List<PeerResult> engine = Targets.of(s, SearchLatency.ENGINE);
        List<PeerResult> fts = Targets.of(s, Fts5Peer.ENGINE);
        List<PeerResult> rg = Targets.of(s, RipgrepPeer.ENGINE);
        if (fts.isEmpty() && rg.isEmpty()) {
            return;
        }
        md.append("| text class | policy-search first-search p50 ms | × faster than FTS5 trigram | × faster than ripgrep |\n")
                .append("|---|---|---|---|\n");
        for (PeerResult e : engine) {
            if (!e.queryClass().textOnly()) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %s |%n", e.queryClass().label(), e.latency().p50Ms(),
                    factor(e, fts), factor(e, rg)));
        }
        md.append('\n');
    }

    private static String factor(PeerResult engine, List<PeerResult> peer) {
        Optional<PeerResult> p = peer.stream().filter(x -> x.queryClass() == engine.queryClass()).findFirst();
        if (p.isEmpty()) {
            return "–";
        }
        if (p.get().recall() == 0) {
            return "cannot answer (recall 0)";
        }
        return String.format(Locale.ROOT, "%.1f", p.get().latency().p50Ms() / engine.latency().p50Ms());
    }

    private static void rate(StringBuilder md, String what, Report.Rate r) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", what, r.threads(), r.seconds(),
                r.mbPerSecond(), r.cpuSeconds(), r.mbPerCpuSecond()));
    }

    private static String row(String key, String value) {
        return "- " + key + ": " + value + "\n";
    }
}
