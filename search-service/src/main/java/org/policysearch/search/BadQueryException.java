package org.policysearch.search;

/**
 * A request the search cannot run, with a message a person understands and the parameter at
 * fault. The service answers it with 400.
 */
public final class BadQueryException extends RuntimeException {

    private final String param;

    public BadQueryException(String param, String message) {
        super(message);
        this.param = param;
    }

    public String param() {
        return param;
    }
}
