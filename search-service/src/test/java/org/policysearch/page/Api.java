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
        return parse(text(pathAndQuery));
    }

    /** GET a request the service must refuse: its {@code error} object. */
    JsonNode error(String pathAndQuery) {
        return parse(send(pathAndQuery, 400)).get("error");
    }

    /** GET a path that must answer 200, the body as text. */
    String text(String pathAndQuery) {
        return send(pathAndQuery, 200);
    }

    /** One JSON value (an API answer, a JSONL line). */
    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private String send(String pathAndQuery, int expectedStatus) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != expectedStatus) {
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
