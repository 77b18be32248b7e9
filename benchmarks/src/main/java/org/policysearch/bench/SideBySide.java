package org.policysearch.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.policysearch.concurrent.Failures;

/**
 * Two builds of the search core timed in one JVM, call by call: each query of the mix
 * is asked of both, alternately first, so that both see the same machine. Between separate runs
 * this machine's speed varies by up to 30 %, more than most changes are worth; side by side, a
 * change of a few percent shows. Each build is loaded from its own jars ({@code benchmarks.jar}
 * and {@code lib/}, what {@code mvn package} leaves in {@code benchmarks/target}) by a class
 * loader of its own, and the answers of the two are compared part by part. Each build opens an
 * index of its own choosing: the same one to compare code, two to compare index layouts.
 */
final class SideBySide {

    /** One side of the comparison: a build's jars and the index it searches. */
    record Side(List<URL> jars, Path index) {
    }

    /** One class's first searches, timed on both builds. */
    record Row(QueryClass queryClass, Latency baseline, Latency candidate) {

        /** The candidate's median against the baseline's, in percent: negative is faster. */
        double changePercent() {
            return 100 * (candidate.p50Ms() / baseline.p50Ms() - 1);
        }
    }

    /** A query the two builds answer differently, and which parts of the answer differ. */
    record Difference(BenchQuery query, List<String> parts) {
    }

    record Comparison(int queries, List<Row> rows, List<Difference> differences) {

        /** The comparison as text: a row per class, then the answers that differ (or that none does). */
        List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "%-22s %13s %14s %8s %13s %14s", "class", "baseline p50", "candidate p50",
                    "change", "baseline p99", "candidate p99"));
            for (Row r : rows) {
                lines.add(String.format(Locale.ROOT, "%-22s %10.2f ms %11.2f ms %+6.1f %% %10.2f ms %11.2f ms",
                        r.queryClass().label(), r.baseline().p50Ms(), r.candidate().p50Ms(), r.changePercent(),
                        r.baseline().p99Ms(), r.candidate().p99Ms()));
            }
            if (differences.isEmpty()) {
                lines.add("answers: the same for every query (total, page, scores, highlights, facets)");
            } else {
                lines.add(String.format(Locale.ROOT, "answers differ for %d of %d queries:", differences.size(), queries));
            }
            for (Difference d : differences) {
                lines.add("  " + d.query().describe() + " (" + String.join(", ", d.parts()) + ")");
            }
            return lines;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private SideBySide() {
    }

    /**
     * Runs {@code mix} on both sides in two halves, the builds opened in one
     * order and then in the other (whichever is loaded, compiled and given memory first has no
     * lasting edge): in each, {@code warmUpRounds} untimed rounds, then half of {@code rounds} timed
     * ones, the build asked first alternating from query to query and round to round.
     */
    static Comparison run(List<BenchQuery> mix, Side baseline, Side candidate, int warmUpRounds, int rounds)
            throws IOException {
        List<String> queries = new ArrayList<>();
        for (BenchQuery q : mix) {
            queries.add(JSON.writeValueAsString(q));
        }
        Map<QueryClass, List<long[]>> nanos = new EnumMap<>(QueryClass.class);
        Map<BenchQuery, List<String>> differences = new LinkedHashMap<>();
        for (boolean baselineOpenedFirst : List.of(true, false)) {
            try (Version first = Version.open(baselineOpenedFirst ? baseline : candidate);
                 Version second = Version.open(baselineOpenedFirst ? candidate : baseline)) {
                Version a = baselineOpenedFirst ? first : second;
                Version b = baselineOpenedFirst ? second : first;
                for (int round = 0; round < warmUpRounds; round++) {
                    for (String q : queries) {
                        a.search.apply(q);
                        b.search.apply(q);
                    }
                }
                int half = baselineOpenedFirst ? (rounds + 1) / 2 : rounds / 2;
                for (int round = 0; round < half; round++) {
                    for (int i = 0; i < mix.size(); i++) {
                        boolean baselineAskedFirst = (round + i) % 2 == 0;
                        long[] one = (baselineAskedFirst ? a : b).search.apply(queries.get(i));
                        long[] other = (baselineAskedFirst ? b : a).search.apply(queries.get(i));
                        long[] fromBaseline = baselineAskedFirst ? one : other;
                        long[] fromCandidate = baselineAskedFirst ? other : one;
                        BenchQuery q = mix.get(i);
                        nanos.computeIfAbsent(q.queryClass(), c -> new ArrayList<>())
                                .add(new long[] {fromBaseline[ComparedVersion.NANOS], fromCandidate[ComparedVersion.NANOS]});
                        List<String> parts = differingParts(fromBaseline, fromCandidate);
                        if (!parts.isEmpty()) {
                            differences.putIfAbsent(q, parts);
                        }
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        nanos.forEach((c, pairs) -> rows.add(new Row(c, side(pairs, 0), side(pairs, 1))));
        List<Difference> differing = new ArrayList<>();
        differences.forEach((q, parts) -> differing.add(new Difference(q, parts)));
        return new Comparison(mix.size(), rows, differing);
    }

    /** The query mix a run wrote into its report ({@code docs/benchmarks.json}). */
    static List<BenchQuery> mixOf(Path report) throws IOException {
        if (!Files.isRegularFile(report)) {
            throw new IOException(report + ": no report here; a bin/benchmark run writes one");
        }
        JsonNode queries = JSON.readTree(report.toFile()).get("queries");
        if (queries == null || queries.isEmpty()) {
            throw new IOException(report + ": the report lists no queries");
        }
        return JSON.convertValue(queries, new TypeReference<List<BenchQuery>>() { });
    }

    /** The jars of a build: {@code benchmarks.jar} and every jar in {@code lib/} beside it. */
    static List<URL> jarsOf(Path build) throws IOException {
        Path jar = build.resolve("benchmarks.jar");
        Path lib = build.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new IOException(build + ": no benchmarks.jar and lib/ here; give the benchmarks/target folder of a "
                    + "build (mvn -DskipTests package)");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(jar.toUri().toURL());
        try (Stream<Path> libs = Files.list(lib)) {
            for (Path p : libs.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(p.toUri().toURL());
            }
        }
        return urls;
    }

    static List<String> differingParts(long[] baseline, long[] candidate) {
        List<String> parts = new ArrayList<>();
        for (int i = ComparedVersion.TOTAL; i < baseline.length; i++) {
            if (baseline[i] != candidate[i]) {
                parts.add(ComparedVersion.PARTS.get(i - ComparedVersion.TOTAL));
            }
        }
        return parts;
    }

    private static Latency side(List<long[]> pairs, int side) {
        return Latency.ofNanos(pairs.stream().mapToLong(pair -> pair[side]).toArray());
    }

    /** A build's {@link ComparedVersion}, created by its own class loader, closed with it. */
    record Version(URLClassLoader loader, Function<String, long[]> search) implements Closeable {

        @SuppressWarnings("unchecked")
        static Version open(Side side) throws IOException {
            URLClassLoader loader = new URLClassLoader(side.jars().toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            try {
                Object version = loader.loadClass(ComparedVersion.class.getName()).getConstructor(Path.class)
                        .newInstance(side.index());
                return new Version(loader, (Function<String, long[]>) version);
            } catch (InvocationTargetException e) {
                loader.close();
                throw Failures.asIOException(e.getCause());
            } catch (ReflectiveOperationException e) {
                loader.close();
                throw new IOException(side.jars().getFirst() + ": this build has no " + ComparedVersion.class.getSimpleName()
                        + " to compare (it came with the compare command): " + e, e);
            }
        }

        @Override
        public void close() throws IOException {
            try (loader) {
                ((Closeable) search).close();
            }
        }
    }
}
