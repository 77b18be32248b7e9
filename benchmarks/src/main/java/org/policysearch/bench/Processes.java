package org.policysearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the external tools of a benchmark (rg, sqlite3, wrk, jcmd) and collects their output. */
final class Processes {

    /** What a finished process printed, and how long it ran. */
    record Result(int exitCode, String stdout, long nanos) {
    }

    private Processes() {
    }

    static Result run(List<String> command, Path workDir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return new Result(code, out, System.nanoTime() - start);
    }

    /** Runs and fails with the command line when the exit code is not one of {@code ok}. */
    static Result check(List<String> command, Path workDir, int... ok) throws IOException, InterruptedException {
        Result r = run(command, workDir);
        for (int code : ok) {
            if (r.exitCode() == code) {
                return r;
            }
        }
        throw new IOException(String.join(" ", command) + " exited with " + r.exitCode());
    }

    /** Whether a program is on the PATH. */
    static boolean installed(String program) {
        try {
            return run(List.of("sh", "-c", "command -v " + program), null).exitCode() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
