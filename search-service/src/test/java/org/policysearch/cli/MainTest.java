package org.policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The exit codes of SPEC §3 through the launcher's command line: 0, 2 with a usage line, 1 with the reason. */
class MainTest {

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err));
        cmd.setOut(new PrintWriter(new StringWriter()));
        return new Run(cmd.execute(args), err.toString());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Run run = run("bogus");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().startsWith("Unmatched argument at index 0: 'bogus'"), run.err());
        assertTrue(run.err().contains("Usage: policy-search"), run.err());
    }

    @Test
    void badOptionValueFoundWhileRunningIsAUsageError() {
        Run run = run("extract", "--format", "xml");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("Usage: policy-search extract"), run.err());
    }

    @Test
    void failureGivesTheReason(@TempDir Path dir) {
        Run run = run("extract", "--corpus", dir.resolve("missing").toString());
        assertEquals(ExitCodes.FAILURE, run.exit());
        assertTrue(run.err().contains("corpus folder " + dir.resolve("missing") + " does not exist"), run.err());
    }

    @Test
    void helpSucceeds() {
        assertEquals(ExitCodes.OK, run("--help").exit());
    }
}
