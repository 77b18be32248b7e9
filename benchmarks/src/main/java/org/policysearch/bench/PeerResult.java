package org.policysearch.bench;

/**
 * How one engine answered one class of queries.
 *
 * @param hits   tasks (or, for ripgrep, lines) found, summed over the class's distinct queries
 * @param truth  tasks that literally contain the query, summed likewise
 * @param recall found ∩ truth / truth where the engine reports tasks; for ripgrep lines / truth, at most 1
 */
public record PeerResult(String engine, QueryClass queryClass, Latency latency, long hits, long truth,
                         double recall, String note) {
}
