package org.policysearch.bench;

/** One wrk run against {@code serve}. */
public record HttpResult(int connections, int threads, int seconds, long requests, double requestsPerSecond,
                         double p50Ms, double p99Ms, long errors, long non2xx) {
}
