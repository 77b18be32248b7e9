package org.policysearch.bench;

import java.lang.management.ManagementFactory;

/**
 * Wall and process CPU time of one measured step. On a machine shared with other work the wall
 * time shows what a user waits, the CPU time what the step costs: megabytes per CPU-second stay
 * comparable when the wall-clock rate does not.
 */
final class Stopwatch {

    private final long wallStart = System.nanoTime();
    private final long cpuStart = processCpuNanos();

    /** The rate of {@code bytes} of corpus processed on {@code threads} threads since this stopwatch started. */
    Report.Rate rate(int threads, long bytes) {
        double seconds = (System.nanoTime() - wallStart) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double mb = Sizes.megabytes(bytes);
        return new Report.Rate(threads, BenchmarkRun.round(seconds, 2), BenchmarkRun.round(mb / seconds, 2),
                BenchmarkRun.round(cpuSeconds, 2), BenchmarkRun.round(mb / cpuSeconds, 2));
    }

    /** CPU time of every thread of this JVM (analysis, indexing, GC, JIT). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
