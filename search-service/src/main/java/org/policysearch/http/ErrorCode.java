package org.policysearch.http;

import java.util.List;
import java.util.Locale;

/** The {@code code} of the one error shape, with the HTTP status each answers with. */
public enum ErrorCode {
    /** A parameter's value has the wrong type, range or form. */
    BAD_PARAMETER(400),
    /** A parameter the endpoint does not take (strict, so that a typo is never silently ignored). */
    UNKNOWN_PARAMETER(400),
    /** A single-valued parameter given more than once. */
    REPEATED_PARAMETER(400),
    /** A query string the search cannot run (syntax). */
    BAD_QUERY(400),
    /** A request the server could not read at all (malformed URL encoding, oversize request line). */
    BAD_REQUEST(400),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    /** Anything else the client did that HTTP has a status for (e.g. 414, 431). */
    CLIENT_ERROR(400),
    /** A fault of ours; the body never says more than that. */
    INTERNAL(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    /** The code of a status that Jetty or Javalin answers with on their own. */
    public static ErrorCode forStatus(int status) {
        for (ErrorCode code : List.of(BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED)) {
            if (code.status == status) {
                return code;
            }
        }
        return status >= 400 && status < 500 ? CLIENT_ERROR : INTERNAL;
    }

    public int status() {
        return status;
    }

    /** The lower-case name the JSON carries. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
