package org.policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.export.TaskRecordWriter;
import org.policysearch.parse.SeedCorpus;
import picocli.CommandLine;

class ExtractCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new ExtractCommand(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    @Test
    void jsonLinesOfTheWholeCorpus() throws Exception {
        Run run = run("--corpus", SeedCorpus.path().toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(283, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("000_853e25e58f4ef803#1", first.get("taskId").asText());
        assertEquals("自治区财政厅", first.get("leadAgencies").get(0).asText());
        assertEquals("宁夏回族自治区财政厅", first.get("leadCanonical").get(0).asText());
        assertEquals(2017, first.get("year").asInt());
        assertEquals("000_853e25e58f4ef803.txt", first.get("sourceFile").asText());
        assertTrue(run.err().contains("5 files, 6 documents, 283 tasks (71 without a lead agency), 0 unknown agencies, 0 skipped files"),
                run.err());
    }

    @Test
    void csvParsesBackWithTheRecordFields() throws Exception {
        Run run = run("--corpus", SeedCorpus.path().toString(), "--format", "csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
        assertEquals(283, rows.size());
        assertEquals(TaskRecordWriter.columns(), rows.get(0).getParser().getHeaderNames());
        CSVRecord work = rows.stream().filter(r -> r.get("taskId").equals("003_da479d43fed241eb#106")).findFirst().orElseThrow();
        assertEquals("自治区人民政府办公厅;各市、县（区）人民政府", work.get("leadAgencies"));
        assertEquals("（一0六）", work.get("taskLabel"));
    }

    @Test
    void skippedFilesAreReportedAndTheRestIsExtracted(@TempDir Path corpus) throws Exception {
        Files.copy(SeedCorpus.path().resolve("000_853e25e58f4ef803.txt"), corpus.resolve("000.txt"));
        Files.write(corpus.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0, 0, 9, 9});
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Run run = run("--corpus", corpus.toString());
        assertEquals(0, run.exit());
        assertEquals(39, run.out().lines().count());
        assertTrue(run.err().contains("skipped empty.txt: empty file"), run.err());
        assertTrue(run.err().contains("skipped broken.txt: "), run.err());
        assertTrue(run.err().contains("3 files, 1 documents, 39 tasks"), run.err());
    }

    @Test
    void missingCorpusFailsWithTheReason(@TempDir Path dir) {
        Run run = run("--corpus", dir.resolve("nope").toString());
        assertEquals(ExitCodes.FAILURE, run.exit());
        assertEquals("policy-search extract: corpus folder " + dir.resolve("nope") + " does not exist", run.err().strip());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run run = run("--format", "xml");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().startsWith("unknown format 'xml'; expected one of jsonl, csv, excel"), run.err());
        assertTrue(run.err().contains("Usage: extract"), run.err());
    }
}
