package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.parse.CorpusReader;
import org.policysearch.parse.ParsedFile;
import org.policysearch.task.TaskRecord;

/** The generated notices read back, through the project's parser, as the tasks the generator wrote. */
class GeneratedArchiveParsesTest {

    /** Differences listed when the test fails: enough to see the pattern, not the whole archive. */
    private static final int MAX_REPORTED = 8;
    private static ArchiveGenerator generator;

    @BeforeAll
    static void loadSeed() throws IOException {
        generator = new ArchiveGenerator(SeedText.load(SeedCorpusDir.PATH), new AgencyPool(AgencyRegistry.bundled()));
    }

    @Test
    void everyFileParsesIntoTheTasksAndAgenciesWritten(@TempDir Path dir) throws IOException {
        CorpusReader reader = new CorpusReader(AgencyRegistry.bundled());
        List<String> expected = new ArrayList<>();
        List<String> parsed = new ArrayList<>();
        for (GeneratedFile file : generator.files(42, Sizes.parse("1MB"))) {
            Path path = dir.resolve(file.name());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.text(), StandardCharsets.UTF_8);
            for (ExpectedDocument doc : file.documents()) {
                for (ExpectedTask t : doc.tasks()) {
                    expected.add(line(file.name(), doc.docNumber(), t.number(), t.lead(), t.cooperating(), t.implementing()));
                }
            }
            ParsedFile result = reader.read(dir, path);
            for (TaskRecord t : result.tasks()) {
                parsed.add(line(file.name(), t.docNumber(), t.taskNumber(), t.leadAgencies(), t.cooperatingAgencies(),
                        t.implementingAgencies()));
            }
        }
        // The first differences say where a task was gained or lost; the count alone would not.
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.min(expected.size(), parsed.size()) && differences.size() < MAX_REPORTED; i++) {
            if (!expected.get(i).equals(parsed.get(i))) {
                differences.add("expected " + expected.get(i) + "\n     got " + parsed.get(i));
            }
        }
        assertEquals(List.of(), differences);
        assertEquals(expected.size(), parsed.size(), "tasks");
    }

    private static String line(String file, String docNumber, int number, List<String> lead, List<String> cooperating,
                               List<String> implementing) {
        return file + " " + docNumber + " #" + number + " lead=" + lead + " cooperating=" + cooperating
                + " implementing=" + implementing;
    }
}
