package org.policysearch.bench;

import java.util.Locale;

/**
 * One wrk run against {@code serve}.
 *
 * @param questions {@code repeated} (the mix in turn) or {@code new} (every request one not asked before)
 */
public record HttpResult(String questions, int connections, int threads, int seconds, long requests, double requestsPerSecond,
                         double p50Ms, double p99Ms, long errors, long non2xx) {

    /** One line for the console as a run ends. */
    String summary() {
        return String.format(Locale.ROOT, "%s questions, %d connections: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, "
                + "%d errors (%d non-2xx)", questions, connections, requestsPerSecond, p50Ms, p99Ms, errors, non2xx);
    }
}
