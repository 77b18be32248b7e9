package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.policysearch.search.SearchBackend;

/** The real app on a free port, and a client that speaks to it over HTTP. */
final class ApiServer implements AutoCloseable {

    static final ObjectMapper JSON = ApiJson.mapper();

    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> log;

    private ApiServer(Javalin app, List<String> log) {
        this.app = app;
        this.log = log;
    }

    /** Serves {@code backend} without CORS; the request log is kept for {@link #log()}. */
    static ApiServer start(SearchBackend backend) {
        return start(backend, List.of());
    }

    static ApiServer start(SearchBackend backend, List<String> allowedOrigins) {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        return new ApiServer(HttpApp.create(backend, new HttpConfig(allowedOrigins, log::add)).start(0), log);
    }

    Javalin app() {
        return app;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + app.port() + pathAndQuery);
    }

    /** GET a path with its query, given already percent-encoded. */
    Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).build());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET and expect 200 with a JSON body. */
    JsonNode json(String pathAndQuery) {
        Reply reply = get(pathAndQuery);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    HttpClient client() {
        return client;
    }

    List<String> log() {
        return List.copyOf(log);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The JSON the API gives for a value, as a client reads it: what an endpoint's body is compared with. */
    static JsonNode tree(Object value) {
        try {
            return JSON.readTree(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }

    record Reply(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** Asserts the one error shape with this status, code and param; returns the message. */
        String assertError(int expectedStatus, String code, String param) {
            assertEquals(expectedStatus, status, body);
            JsonNode error = json().get("error");
            assertEquals(List.of("error"), fieldNames(json()), body);
            assertEquals(List.of("code", "message", "param"), fieldNames(error), body);
            assertEquals(code, error.get("code").asText(), body);
            assertEquals(param, error.get("param").isNull() ? null : error.get("param").asText(), body);
            return error.get("message").asText();
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
