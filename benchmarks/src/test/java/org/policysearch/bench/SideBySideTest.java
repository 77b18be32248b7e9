package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds side by side over a real index of the seed corpus, each in a class loader of its own. */
class SideBySideTest {

    /** The report the last benchmark run committed: its mix is what {@code compare} asks by default. */
    private static final Path COMMITTED_REPORT = Path.of("..", "docs", "benchmarks.json");

    @TempDir
    static Path dir;

    @Test
    void aBuildAgainstItselfIsTimedInEveryClassAndAnswersTheSame() throws IOException {
        List<BenchQuery> mix = SideBySide.mixOf(COMMITTED_REPORT);
        List<URL> build = testClassPath();

        SideBySide.Comparison c = SideBySide.run(mix, onSeedIndex(build), onSeedIndex(build), 1, 2);

        Set<QueryClass> asked = mix.stream().map(BenchQuery::queryClass).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(QueryClass.class)));
        assertEquals(List.copyOf(asked), c.rows().stream().map(SideBySide.Row::queryClass).toList());
        for (SideBySide.Row row : c.rows()) {
            long perSide = 2 * mix.stream().filter(q -> q.queryClass() == row.queryClass()).count();
            assertEquals(perSide, row.baseline().count(), row.queryClass().label());
            assertEquals(perSide, row.candidate().count(), row.queryClass().label());
        }
        assertEquals(List.of(), c.differences());
        assertTrue(c.lines().getLast().startsWith("answers: the same for every query"), c.lines().getLast());
    }

    @Test
    void eachSideSearchesItsOwnIndex() throws IOException {
        Path oneNotice = Files.createDirectories(dir.resolve("one-notice"));
        try (Stream<Path> files = Files.list(SeedCorpusDir.PATH)) {
            Path first = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
            Files.copy(first, oneNotice.resolve(first.getFileName()));
        }
        Path smaller = SeedCorpusDir.index(dir.resolve("smaller-index"), oneNotice);
        List<URL> build = testClassPath();
        List<BenchQuery> mix = SideBySide.mixOf(COMMITTED_REPORT);

        SideBySide.Comparison c = SideBySide.run(mix, onSeedIndex(build), new SideBySide.Side(build, smaller), 0, 1);

        ObjectMapper json = new ObjectMapper();
        List<BenchQuery> totalsDiffer = new ArrayList<>();
        try (ComparedVersion whole = new ComparedVersion(SeedCorpusDir.index());
             ComparedVersion one = new ComparedVersion(smaller)) {
            for (BenchQuery q : mix) {
                String asked = json.writeValueAsString(q);
                if (whole.apply(asked)[ComparedVersion.TOTAL] != one.apply(asked)[ComparedVersion.TOTAL]) {
                    totalsDiffer.add(q);
                }
            }
        }
        assertFalse(totalsDiffer.isEmpty(), "one notice answers as the whole seed corpus does");
        assertEquals(totalsDiffer, c.differences().stream().filter(d -> d.parts().contains("total"))
                .map(SideBySide.Difference::query).toList());
    }

    @Test
    void eachBuildHasClassesOfItsOwn() throws IOException {
        List<URL> build = testClassPath();
        try (SideBySide.Version a = SideBySide.Version.open(onSeedIndex(build));
             SideBySide.Version b = SideBySide.Version.open(onSeedIndex(build))) {
            Class<?> ofA = a.search().getClass();
            Class<?> ofB = b.search().getClass();

            assertEquals(ComparedVersion.class.getName(), ofA.getName());
            assertNotSame(ofA, ofB);
            assertNotSame(ComparedVersion.class, ofA);
            assertNotSame(ofA.getClassLoader().loadClass("org.apache.lucene.index.IndexReader"),
                    ofB.getClassLoader().loadClass("org.apache.lucene.index.IndexReader"));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theCommittedReportHoldsTheWholeMix() throws IOException {
        List<BenchQuery> mix = SideBySide.mixOf(COMMITTED_REPORT);

        assertEquals(QueryClass.values().length * QueryMix.PER_CLASS, mix.size());
        assertEquals(EnumSet.allOf(QueryClass.class), mix.stream().map(BenchQuery::queryClass)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QueryClass.class))));
    }

    @Test
    void aDifferenceIsNamedByThePartsThatDiffer() {
        long[] baseline = {5, 100, 7, 8, 9, 10};
        long[] candidate = {9, 100, 7, 1, 9, 2};

        assertEquals(List.of("scores", "facets"), SideBySide.differingParts(baseline, candidate));
        assertEquals(List.of(), SideBySide.differingParts(baseline, baseline.clone()));
    }

    @Test
    void aFolderWithoutABuildIsRefusedWithWhatToGive() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        IOException e = assertThrows(IOException.class, () -> SideBySide.jarsOf(empty));

        assertTrue(e.getMessage().startsWith(empty + ": no benchmarks.jar and lib/ here"), e.getMessage());
    }

    @Test
    void aBuildFromBeforeCompareIsRefusedByName() throws IOException {
        List<URL> withoutHarness = testClassPath().stream()
                .filter(url -> !url.getPath().contains("benchmarks/target/classes")).toList();

        IOException e = assertThrows(IOException.class,
                () -> SideBySide.Version.open(onSeedIndex(withoutHarness)));

        assertTrue(e.getMessage().contains("this build has no ComparedVersion to compare"), e.getMessage());
    }

    @Test
    void aReportWithoutQueriesIsRefused() throws IOException {
        Path report = Files.writeString(dir.resolve("report.json"), "{\"queries\": []}");

        IOException e = assertThrows(IOException.class, () -> SideBySide.mixOf(report));

        assertEquals(report + ": the report lists no queries", e.getMessage());
    }

    private static SideBySide.Side onSeedIndex(List<URL> build) throws IOException {
        return new SideBySide.Side(build, SeedCorpusDir.index());
    }

    /** This test's own class path as a build: its classes folders and jars. */
    private static List<URL> testClassPath() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls;
    }
}
