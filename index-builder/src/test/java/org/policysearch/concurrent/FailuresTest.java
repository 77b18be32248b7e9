package org.policysearch.concurrent;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void anIOExceptionIsThrownAsItIsAndAnUncheckedOneUnwrapped() {
        IOException io = new IOException("disk full");
        assertSame(io, Failures.asIOException(io));
        assertSame(io, Failures.asIOException(new UncheckedIOException(io)));
    }

    @Test
    void runtimeExceptionsAndErrorsAreThrownAsTheyAre() {
        IllegalStateException runtime = new IllegalStateException("bug");
        assertSame(runtime, assertThrows(IllegalStateException.class, () -> Failures.asIOException(runtime)));
        OutOfMemoryError error = new OutOfMemoryError("heap");
        assertSame(error, assertThrows(OutOfMemoryError.class, () -> Failures.asIOException(error)));
    }

    @Test
    void anyOtherCheckedFailureIsWrapped() {
        TimeoutException timeout = new TimeoutException("slow");
        assertSame(timeout, Failures.asIOException(timeout).getCause());
    }
}
