package org.policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.IndexLocation;
import org.policysearch.index.TestCorpus;
import org.policysearch.parse.SeedCorpus;
import picocli.CommandLine;

/** {@code policy-search index} in-process: exit codes, the summary line, the published build. */
class IndexCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new IndexCommand()).setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void buildsAndSummarises() throws Exception {
        Path index = tmp.resolve("index");
        assertEquals(ExitCodes.OK, run("--corpus", SeedCorpus.path().toString(), "--index", index.toString(), "--threads", "2"));
        String lastLine = err.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
        Path build = new IndexLocation(index).currentIndex().orElseThrow();
        assertTrue(lastLine.matches("indexed 5 files, 6 documents, 283 tasks \\(71 without a lead agency\\), "
                + "0 unknown agencies, 0 skipped files, 12 notes, \\d+\\.\\d s into " + build), lastLine);
    }

    @Test
    void reportsEachSkippedFile() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.copy(SeedCorpus.path().resolve("000_853e25e58f4ef803.txt"), corpus.resolve("000.txt"));
        assertEquals(ExitCodes.OK, run("--corpus", corpus.toString(), "--index", tmp.resolve("index").toString()));
        assertTrue(err.toString().lines().anyMatch(l -> l.equals("skipped empty.txt: empty file")), err.toString());
        assertTrue(err.toString().contains("1 skipped files"), err.toString());
    }

    @Test
    void aMissingCorpusFails() {
        assertEquals(ExitCodes.FAILURE, run("--corpus", tmp.resolve("nowhere").toString(), "--index", tmp.toString()));
        assertEquals("policy-search index: corpus folder " + tmp.resolve("nowhere") + " does not exist",
                err.toString().strip());
    }

    @Test
    void badUsageIsExitCodeTwo() {
        assertEquals(ExitCodes.USAGE, run("--threads", "0"));
        assertTrue(err.toString().startsWith("--threads must be 1 or more, not 0"), err.toString());
        assertTrue(err.toString().contains("Usage: index"), err.toString());
    }
}
