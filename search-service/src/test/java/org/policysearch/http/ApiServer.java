package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
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
import java.util.Map;
import java.util.TreeMap;
import org.policysearch.search.CorpusIndexFixture;
import org.policysearch.search.SearchBackend;

/** The real app on a free port, and a client that speaks to it over HTTP. */
final class ApiServer implements AutoCloseable {

    static final ObjectMapper JSON = ApiJson.mapper();

    private static ApiServer corpus;

    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> log;

    private ApiServer(Javalin app, List<String> log) {
        this.app = app;
        this.log = log;
    }

    /** One server over the shared corpus index for every test of this JVM; it stops at exit. */
    static synchronized ApiServer corpus() {
        if (corpus == null) {
            corpus = start(CorpusIndexFixture.backend());
            Runtime.getRuntime().addShutdownHook(new Thread(corpus::close));
        }
        return corpus;
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
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.headers(), response.body());
    }

    /**
     * Sends a request that is not a GET on a connection of its own: the client retries only
     * idempotent requests when the server has just closed a pooled keep-alive connection, so
     * reusing one would fail a POST for a reason that has nothing to do with the server's answer.
     */
    Reply sendOnNewConnection(HttpRequest request) {
        try (HttpClient fresh = HttpClient.newHttpClient()) {
            HttpResponse<String> response = fresh.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * GET a request target exactly as given, over a plain socket: for what java.net.URI refuses to
     * build (malformed percent-encoding). Reads a response with a Content-Length.
     */
    Reply raw(String requestTarget) {
        try (Socket socket = new Socket("localhost", app.port())) {
            socket.getOutputStream().write(("GET " + requestTarget + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.computeIfAbsent(head[i].substring(0, colon), k -> new ArrayList<>())
                        .add(head[i].substring(colon + 1).strip());
            }
            return new Reply(Integer.parseInt(head[0].split(" ")[1]), HttpHeaders.of(headers, (k, v) -> true),
                    response.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET the body as bytes, for what must be checked byte for byte (a BOM). */
    HttpResponse<byte[]> bytes(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET and expect 200 with a JSON body. */
    JsonNode json(String pathAndQuery) {
        Reply reply = get(pathAndQuery);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
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
