package org.policysearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine a report was measured on. */
public record Machine(int cores, String cpu, long memoryMb, String jdk, String os, String date) {

    /** {@code model name	: Intel(R) Xeon(R) …} in /proc/cpuinfo. */
    private static final Pattern CPU_MODEL = Pattern.compile("model name\\s*:\\s*(.+)");
    /** {@code MemTotal:       24580000 kB} in /proc/meminfo. */
    private static final Pattern MEM_TOTAL = Pattern.compile("MemTotal:\\s*(\\d+) kB");

    public static Machine current() {
        String cpu = firstGroup(Path.of("/proc/cpuinfo"), CPU_MODEL);
        String mem = firstGroup(Path.of("/proc/meminfo"), MEM_TOTAL);
        return new Machine(Runtime.getRuntime().availableProcessors(), cpu == null ? "unknown" : cpu.strip(),
                mem == null ? Runtime.getRuntime().maxMemory() >> 20 : Long.parseLong(mem) >> 10,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static String firstGroup(Path file, Pattern pattern) {
        try {
            Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
