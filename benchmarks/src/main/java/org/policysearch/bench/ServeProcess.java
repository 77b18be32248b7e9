package org.policysearch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code bin/policy-search serve} on a loopback port, as a user starts it, with a fixed heap. */
final class ServeProcess implements AutoCloseable {

    /** {@code garbage-first heap   total reserved 1048576K, committed 262144K, used 45678K}. */
    private static final Pattern HEAP = Pattern.compile("committed (\\d+)K, used (\\d+)K");
    /** {@code VmRSS:	  345678 kB} in /proc/PID/status. */
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s*(\\d+) kB");
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final String xmx;

    private ServeProcess(Process process, int port, String xmx) {
        this.process = process;
        this.port = port;
        this.xmx = xmx;
    }

    static ServeProcess start(Path root, Path index, int port, String xmx, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("bin/policy-search").toString(), "serve",
                "--index", index.toAbsolutePath().toString(), "--port", String.valueOf(port))
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("POLICY_SEARCH_JAVA_OPTS", "-Xmx" + xmx);
        ServeProcess serve = new ServeProcess(pb.start(), port, xmx);
        serve.awaitHealthy();
        return serve;
    }

    int port() {
        return port;
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("serve exited with " + process.exitValue() + " before answering");
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException("serve did not answer /api/health within " + STARTUP);
    }

    /** Heap after a full GC (via jcmd) and resident size. */
    MemoryResult memory() throws IOException, InterruptedException {
        long pid = process.pid();
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Processes.check(List.of(jcmd, String.valueOf(pid), "GC.run"), null, 0);
        String heap = Processes.check(List.of(jcmd, String.valueOf(pid), "GC.heap_info"), null, 0).stdout();
        Matcher h = HEAP.matcher(heap);
        Matcher r = RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status"), StandardCharsets.UTF_8));
        if (!h.find() || !r.find()) {
            throw new IOException("cannot read the memory of serve (pid " + pid + "): " + heap);
        }
        return new MemoryResult(xmx, Long.parseLong(h.group(2)) >> 10, Long.parseLong(h.group(1)) >> 10,
                Long.parseLong(r.group(1)) >> 10);
    }

    /** Stops serve as Ctrl-C would, and kills it if it has not stopped within half a minute. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
