package org.policysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' choice of heap pages ({@code page_options} in bin/lib/jdk.sh, which bin/policy-search
 * and bin/benchmark both use), run by bash on files laid out as Linux's THP mode file.
 */
class PageOptionsTest {

    private static final Path JDK_SH = Path.of("..", "bin", "lib", "jdk.sh").toAbsolutePath().normalize();
    private static final Path LINUX_MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    @TempDir
    Path dir;

    @Test
    void hugePagesAreAskedForOnlyWhereLinuxGivesThemOnRequest() throws Exception {
        assertEquals("-XX:+UseTransparentHugePages", pageOptions(mode("always [madvise] never")));
        assertEquals("", pageOptions(mode("[always] madvise never")), "the heap has them without asking");
        assertEquals("", pageOptions(mode("always madvise [never]")), "asking would make the JVM warn");
        assertEquals("", pageOptions(dir.resolve("no-such-file").toString()), "not Linux, or no THP");
    }

    @Test
    void theJvmStartsSilentlyWithWhatThisMachineGets() throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
        String options = pageOptions(LINUX_MODE.toString());
        if (!options.isEmpty()) {
            command.add(options);
        }
        command.add("-version");
        Run java = run(command);

        assertEquals(0, java.exit(), java.out());
        assertFalse(java.out().toLowerCase().contains("warning"), java.out());
    }

    private String mode(String line) throws IOException {
        Path file = Files.createTempFile(dir, "enabled", "");
        Files.writeString(file, line + "\n");
        return file.toString();
    }

    private static String pageOptions(String modeFile) throws Exception {
        Run bash = run(List.of("bash", "-c", ". \"$0\" && page_options \"$1\"", JDK_SH.toString(), modeFile));
        assertEquals(0, bash.exit(), bash.out());
        return bash.out().strip();
    }

    /** How a process exited, and what it printed on either stream. */
    private record Run(int exit, String out) {
    }

    private static Run run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out);
    }
}
