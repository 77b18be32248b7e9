package org.policysearch.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The one error shape for what Jetty refuses before a request reaches Javalin (a request line
 * or header too large, an ambiguous or malformed path), instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

    private final ObjectMapper json;

    JettyErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message,
                                    Throwable cause, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        response.write(true, body(status, headers), callback);
    }

    /** Errors found while parsing the request, before there is a request to answer. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable headers) {
        return body(status, headers);
    }

    private ByteBuffer body(int status, HttpFields.Mutable headers) {
        SecurityHeaders.ALL.forEach(headers::put);
        headers.put(new HttpField(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString()));
        ErrorCode code = ErrorCode.forStatus(status);
        // Jetty's reason can name its internals; the status phrase says enough.
        String message = code == ErrorCode.INTERNAL ? ErrorMapping.INTERNAL_MESSAGE
                : HttpStatus.getMessage(status).toLowerCase(Locale.ROOT);
        try {
            return ByteBuffer.wrap(json.writeValueAsBytes(ErrorBody.of(code, message, null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
