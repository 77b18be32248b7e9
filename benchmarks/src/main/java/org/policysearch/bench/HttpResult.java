package org.policysearch.bench;

/**
 * One wrk run against {@code serve}.
 *
 * @param questions {@code repeated} (the mix in turn) or {@code new} (every request one not asked before)
 */
public record HttpResult(String questions, int connections, int threads, int seconds, long requests, double requestsPerSecond,
                         double p50Ms, double p99Ms, long errors, long non2xx) {
}
