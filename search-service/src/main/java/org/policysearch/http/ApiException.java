package org.policysearch.http;

/**
 * A request the API refuses, carrying what the one error shape says: a code, a message a person
 * understands, and the parameter at fault (or null). Handlers throw it; {@link ErrorMapping} answers.
 */
public final class ApiException extends RuntimeException {

    private static final int QUOTE_LENGTH = 40;

    private final ErrorCode code;
    private final String param;

    public ApiException(ErrorCode code, String param, String message) {
        super(message, null, false, false);
        this.code = code;
        this.param = param;
    }

    public static ApiException badParameter(String param, String message) {
        return new ApiException(ErrorCode.BAD_PARAMETER, param, message);
    }

    public static ApiException notFound(String param, String message) {
        return new ApiException(ErrorCode.NOT_FOUND, param, message);
    }

    /** An input value quoted in a message, cut short so that a message stays a message. */
    public static String quoted(String value) {
        return "'" + (value.length() > QUOTE_LENGTH ? value.substring(0, QUOTE_LENGTH) + "…" : value) + "'";
    }

    public ErrorCode code() {
        return code;
    }

    public String param() {
        return param;
    }
}
