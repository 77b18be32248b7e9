package org.policysearch.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Asks the running service directly, for the exact figures the page must show. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;

    Api(URI base) {
        this.base = base;
    }

    /** GET a path with its raw query string (as the page's URL or links carry it), the body as JSON. */
    JsonNode get(String pathAndQuery) {
        String body = text(pathAndQuery);
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(pathAndQuery + " did not answer JSON: " + body, e);
        }
    }

    /** GET a path, the body as text; the status must be 200 or 400 (whose body is the error JSON). */
    String text(String pathAndQuery) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200 && response.statusCode() != 400) {
                throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
