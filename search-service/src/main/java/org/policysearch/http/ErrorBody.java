package org.policysearch.http;

/** The one error shape of the API: {@code {"error":{"code","message","param"}}}; param may be null. */
public record ErrorBody(Detail error) {

    public record Detail(String code, String message, String param) {
    }

    public static ErrorBody of(ErrorCode code, String message, String param) {
        return new ErrorBody(new Detail(code.key(), message, param));
    }
}
