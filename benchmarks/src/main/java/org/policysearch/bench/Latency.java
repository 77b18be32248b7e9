package org.policysearch.bench;

import java.util.Arrays;

/** Percentiles of a set of timings, in milliseconds. */
public record Latency(int count, double p50Ms, double p99Ms, double meanMs, double maxMs) {

    /** From durations in nanoseconds (nearest-rank percentiles). */
    public static Latency ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(sorted.length, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.99)),
                ms((long) Arrays.stream(sorted).average().orElse(0)), ms(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }
}
