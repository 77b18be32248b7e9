package org.policysearch.http;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * How the service is set up beyond its routes.
 *
 * @param allowedOrigins origins allowed to call the API from a browser (CORS); empty means none
 * @param requestLog     receives one line per request
 */
public record HttpConfig(List<String> allowedOrigins, Consumer<String> requestLog) {

    public HttpConfig {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** No CORS; request lines to the {@code org.policysearch.http.access} log. */
    public static HttpConfig defaults() {
        return new HttpConfig(List.of(), LoggerFactory.getLogger("org.policysearch.http.access")::info);
    }

    public HttpConfig withAllowedOrigins(List<String> origins) {
        return new HttpConfig(origins, requestLog);
    }
}
