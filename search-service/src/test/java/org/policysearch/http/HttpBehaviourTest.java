package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policysearch.search.CorpusIndexFixture;
import org.policysearch.search.LuceneSearchBackend;

/** What every response shares: security headers, the page, CORS, the request log, no leaked internals. */
class HttpBehaviourTest {

    private static final ApiServer server = ApiServer.corpus();

    /** The page, the API, its errors and what Jetty refuses by itself. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/index.html", "/api/health", "/api/search?page=0", "/api/nothing",
            "/api/openapi.json"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        assertSecurityHeaders(server.get(path));
    }

    @Test
    void requestsRefusedByJettyCarryThemToo() {
        assertSecurityHeaders(server.raw("/api/tasks/%ZZ"));
        assertSecurityHeaders(server.sendOnNewConnection(HttpRequest.newBuilder(server.uri("/api/search"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()));
    }

    private static void assertSecurityHeaders(ApiServer.Reply reply) {
        assertEquals("default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
                reply.header("Content-Security-Policy"));
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertEquals("no-referrer", reply.header("Referrer-Policy"));
        assertEquals("DENY", reply.header("X-Frame-Options"));
        assertNull(reply.header("Server"), "no server version");
    }

    @Test
    void thePageIsServedFromTheClasspath() {
        ApiServer.Reply page = server.get("/");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.body().toLowerCase(java.util.Locale.ROOT).startsWith("<!doctype html>"));
    }

    @Test
    void corsIsOffUnlessConfigured() {
        HttpRequest fromElsewhere = HttpRequest.newBuilder(server.uri("/api/health"))
                .header("Origin", "https://elsewhere.example").build();
        assertNull(server.send(fromElsewhere).header("Access-Control-Allow-Origin"));
        try (ApiServer open = ApiServer.start(CorpusIndexFixture.backend(), List.of("https://research.example"))) {
            HttpRequest allowed = HttpRequest.newBuilder(open.uri("/api/health"))
                    .header("Origin", "https://research.example").build();
            assertEquals("https://research.example", open.send(allowed).header("Access-Control-Allow-Origin"));
            HttpRequest other = HttpRequest.newBuilder(open.uri("/api/health"))
                    .header("Origin", "https://elsewhere.example").build();
            assertNull(open.send(other).header("Access-Control-Allow-Origin"));
        }
    }

    @Test
    void eachRequestIsLoggedOnOneLine() {
        try (ApiServer logged = ApiServer.start(CorpusIndexFixture.backend())) {
            logged.get("/api/health");
            logged.get("/api/search?q=%E6%89%B6%E8%B4%AB&page=0");
            logged.get("/api/tasks/nope");
            List<String> lines = logged.log();
            assertEquals(3, lines.size(), lines.toString());
            assertTrue(lines.get(0).matches("GET /api/health 200 \\d+\\.\\dms"), lines.get(0));
            assertTrue(lines.get(1).matches("GET /api/search\\?q=%E6%89%B6%E8%B4%AB&page=0 400 \\d+\\.\\dms"), lines.get(1));
            assertTrue(lines.get(2).matches("GET /api/tasks/nope 404 \\d+\\.\\dms"), lines.get(2));
        }
    }

    /** A backend that fails (here: closed) gives a 500 that says nothing of how it failed. */
    @Test
    void aServerFaultIsA500WithoutDetails() throws IOException {
        LuceneSearchBackend closed = LuceneSearchBackend.open(CorpusIndexFixture.indexDir());
        closed.close();
        try (ApiServer broken = ApiServer.start(closed)) {
            for (String path : List.of("/api/search?q=x", "/api/health", "/api/export?format=csv", "/api/documents")) {
                ApiServer.Reply reply = broken.get(path);
                assertEquals(ErrorMapping.INTERNAL_MESSAGE, reply.assertError(500, "internal", null));
                assertFalse(reply.body().contains("Exception") || reply.body().contains("lucene"), reply.body());
                assertNull(reply.header("Content-Disposition"));
            }
        }
    }
}
