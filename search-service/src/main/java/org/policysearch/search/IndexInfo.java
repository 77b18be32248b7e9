package org.policysearch.search;

import java.time.Instant;

/** What the health endpoint reports, and the version a result can be cited against. */
public record IndexInfo(long documents, long tasks, Instant builtAt, String version) {
}
