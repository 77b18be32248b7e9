package org.policysearch.http;

import org.policysearch.search.SearchBackend;

/**
 * A backend held for the length of one request: an index swap never closes a backend that a
 * request (or a long export) is still reading. Close exactly once, with try-with-resources.
 */
public interface Lease extends AutoCloseable {

    SearchBackend backend();

    @Override
    void close();

    /** Where leases come from: a fixed backend, or one that follows new index builds. */
    interface Source {
        Lease lease();

        /** Leases on a backend that never changes; closing the lease leaves it open. */
        static Source of(SearchBackend backend) {
            return () -> new Lease() {
                @Override
                public SearchBackend backend() {
                    return backend;
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
