package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.agency.AgencyEntry;
import org.policysearch.agency.AgencyRegistry;

class ArchiveGeneratorTest {

    private static ArchiveGenerator generator;

    @BeforeAll
    static void loadSeed() throws IOException {
        generator = new ArchiveGenerator(SeedText.load(SeedCorpusDir.PATH), new AgencyPool(AgencyRegistry.bundled()));
    }

    @Test
    void sameSeedWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        ArchiveGenerator.Summary first = generator.write(42, Sizes.parse("1MB"), a);
        ArchiveGenerator.Summary second = generator.write(42, Sizes.parse("1MB"), b);
        assertEquals(first, second);
        List<Path> files = files(a);
        assertEquals(files.stream().map(a::relativize).toList(), files(b).stream().map(b::relativize).toList());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), f.toString());
        }
    }

    @Test
    void anotherSeedWritesAnotherArchive() {
        String first = generator.files(42, 1).iterator().next().text();
        String other = generator.files(43, 1).iterator().next().text();
        assertNotEquals(first, other);
    }

    @Test
    void writesAtLeastTheSizeAskedForAndStopsSoonAfter(@TempDir Path dir) throws IOException {
        ArchiveGenerator.Summary s = generator.write(7, Sizes.parse("1MB"), dir);
        long onDisk = 0;
        for (Path f : files(dir)) {
            onDisk += Files.size(f);
        }
        assertEquals(s.bytes(), onDisk);
        assertTrue(s.bytes() >= 1 << 20, "at least 1 MB");
        assertTrue(s.bytes() < (1 << 20) + 400_000, "at most one file more than 1 MB");
    }

    @Test
    void agenciesComeFromTheRegistryAsWrittenInTheirYear() {
        AgencyRegistry registry = AgencyRegistry.bundled();
        int checked = 0;
        for (GeneratedFile file : generator.files(42, Sizes.parse("4MB"))) {
            for (ExpectedDocument doc : file.documents()) {
                int year = doc.date().getYear();
                for (ExpectedTask task : doc.tasks()) {
                    for (String written : Stream.of(task.lead(), task.cooperating(), task.implementing())
                            .flatMap(List::stream).toList()) {
                        AgencyEntry entry = registry.find(written, doc.region()).orElseThrow(
                                () -> new AssertionError(written + " is not in the registry"));
                        assertTrue(entry.successors().stream().allMatch(s -> s.year() > year),
                                written + " was already renamed in " + year);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000, "agencies checked: " + checked);
    }

    @Test
    void eraNamesAppearOnEitherSideOfTheReform() {
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (GeneratedFile file : generator.files(42, Sizes.parse("4MB"))) {
            for (ExpectedDocument doc : file.documents()) {
                Set<String> side = doc.date().getYear() < 2018 ? before : after;
                doc.tasks().forEach(t -> {
                    side.addAll(t.lead());
                    side.addAll(t.cooperating());
                });
            }
        }
        assertTrue(before.contains("自治区农牧厅") && !before.contains("自治区农业农村厅"), before.toString());
        assertTrue(after.contains("自治区农业农村厅") && !after.contains("自治区农牧厅"), after.toString());
    }

    @Test
    void labelsFollowTheNotices() {
        assertEquals("一", ChineseNumerals.of(1));
        assertEquals("十", ChineseNumerals.of(10));
        assertEquals("十二", ChineseNumerals.of(12));
        assertEquals("二十三", ChineseNumerals.of(23));
        assertEquals("一00", ChineseNumerals.of(100));
        assertEquals("一0七", ChineseNumerals.of(107));
    }

    @Test
    void sizesParseInBinaryUnits() {
        assertEquals(100L << 20, Sizes.parse("100MB"));
        assertEquals(1L << 30, Sizes.parse("1gb"));
        assertEquals(512L << 10, Sizes.parse("512KB"));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
