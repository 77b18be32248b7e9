package org.policysearch.concurrent;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What a task that failed on another thread stands for on the thread waiting for it. */
public final class Failures {

    private Failures() {
    }

    /**
     * The I/O failure to throw for {@code cause} (an {@code ExecutionException}'s cause): an
     * {@link IOException} as it is, the one inside an {@link UncheckedIOException}, anything else
     * checked wrapped. Runtime exceptions and errors are thrown here as they are.
     */
    public static IOException asIOException(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
