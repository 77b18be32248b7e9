package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.policysearch.http.ApiServer.enc;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a careless or hostile client sends, over HTTP: each request is answered with the one error
 * shape and the parameter at fault, or with a clean 200; never a 500.
 */
class BadInputTest {

    private static final ApiServer server = ApiServer.corpus();

    /** Status 200 rows have no code: the request is fine as it is. */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /api/search?page=abc                          | 400 | bad_parameter      | page
            /api/search?page=0                            | 400 | bad_parameter      | page
            /api/search?page=2147483648                   | 400 | bad_parameter      | page
            /api/search?size=-5                           | 400 | bad_parameter      | size
            /api/search?size=1e2                          | 400 | bad_parameter      | size
            /api/search?size=101                          | 400 | bad_parameter      | size
            /api/search?page=101&size=100                 | 400 | bad_parameter      | page
            /api/search?page=10001&size=1                 | 400 | bad_parameter      | page
            /api/search?page=500&size=20                  | 200 | -                  | -
            /api/search?sort=newest                       | 400 | bad_parameter      | sort
            /api/search?sort=                             | 200 | -                  | -
            /api/search?fold=true                         | 400 | bad_parameter      | fold
            /api/search?year=2017.0                       | 400 | bad_parameter      | year
            /api/search?year=3000                         | 400 | bad_parameter      | year
            /api/search?from=yesterday                    | 400 | bad_parameter      | from
            /api/search?from=2023-02-29                   | 400 | bad_parameter      | from
            /api/search?from=2024-02-29                   | 200 | -                  | -
            /api/search?from=2021&to=2020                 | 400 | bad_parameter      | to
            /api/search?q=a&q=b                           | 400 | repeated_parameter | q
            /api/search?sort=date&sort=date               | 400 | repeated_parameter | sort
            /api/search?year=2017&year=2020               | 200 | -                  | -
            /api/search?Q=x                               | 400 | unknown_parameter  | Q
            /api/search?format=csv                        | 400 | unknown_parameter  | format
            /api/search?q=%22unclosed                     | 400 | bad_query          | q
            /api/search?q=title%3A                        | 400 | bad_query          | q
            /api/search?q=OR                              | 400 | bad_query          | q
            /api/search?q=%E6%89%B6%E8%B4%AB+OR           | 400 | bad_query          | q
            /api/search?q=-                               | 400 | bad_query          | q
            /api/search?q=(((                             | 200 | -                  | -
            /api/search?q=***                             | 200 | -                  | -
            /api/search?q=%5C                             | 200 | -                  | -
            /api/search?q=year%3Aabc                      | 400 | bad_query          | q
            /api/search?q=%00                             | 400 | bad_parameter      | q
            /api/search?q=a%0Ab                           | 400 | bad_parameter      | q
            /api/search?q=%1B%5B31m                       | 400 | bad_parameter      | q
            /api/search?lead=%7F                          | 400 | bad_parameter      | lead
            /api/search?region=%C2%9F                     | 400 | bad_parameter      | region
            /api/search?q=%3Cscript%3Ealert(1)%3C/script%3E | 200 | -                | -
            /api/search?q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E | 200 | -             | -
            /api/search?q=%E6%89%B6%E8%B4%AB%3Cb%3E         | 200 | -                | -
            /api/search?q=%E6                             | 400 | bad_request        | q
            /api/search?q=%C0%AF                          | 400 | bad_request        | q
            /api/search?q=                                | 200 | -                  | -
            /api/search?&&q=%E6%89%B6%E8%B4%AB&&          | 200 | -                  | -
            /api/agencies/leading?size=0                  | 400 | bad_parameter      | size
            /api/agencies/leading?q=%22x                  | 400 | bad_query          | q
            /api/export?format=pdf                        | 400 | bad_parameter      | format
            /api/export?format=csv&format=jsonl           | 400 | repeated_parameter | format
            /api/export?page=0                            | 400 | bad_parameter      | page
            /api/tasks/000_853e25e58f4ef803%231?x=1       | 400 | unknown_parameter  | x
            /api/tasks/nope                               | 404 | not_found          | taskId
            /api/tasks/a%1Fb                              | 400 | bad_parameter      | taskId
            /api/documents?page=1                         | 400 | unknown_parameter  | page
            /api/documents/nope                           | 404 | not_found          | docId
            /api/health?verbose=1                         | 400 | unknown_parameter  | verbose
            /api/nothing                                  | 404 | not_found          | -
            /api                                          | 404 | not_found          | -
            /api/search/extra                             | 404 | not_found          | -
            /no/such/page.html                            | 404 | not_found          | -
            """)
    void answeredWithTheErrorShapeOrACleanOk(String pathAndQuery, int status, String code, String param) {
        ApiServer.Reply reply = server.get(pathAndQuery);
        if (code == null) {
            assertEquals(status, reply.status(), reply.body());
            assertFalse(reply.json().has("error"));
        } else {
            reply.assertError(status, code, param);
        }
    }

    @Test
    void anOversizeQueryIsRefusedBeforeTheServerLimits() {
        String ok = "政".repeat(1000);
        assertEquals(200, server.get("/api/search?q=" + enc(ok)).status());
        assertEquals("'q' is longer than 1000 characters",
                server.get("/api/search?q=" + enc(ok + "策")).assertError(400, "bad_parameter", "q"));
    }

    /** Past what any client sends, Jetty refuses the request itself: still the one shape. */
    @Test
    void aRequestTooLargeToReadIsRefusedInTheSameShape() {
        server.get("/api/search?q=" + enc("政".repeat(8000))).assertError(414, "client_error", null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void otherMethodsAre405(String method) {
        ApiServer.Reply reply = server.sendOnNewConnection(HttpRequest.newBuilder(server.uri("/api/search"))
                .method(method, HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(method + " is not allowed on /api/search; the API answers GET",
                reply.assertError(405, "method_not_allowed", null));
    }

    /** Sent over a plain socket, since java.net.URI will not build these. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /api/search?q=%ZZ          | bad_request | q
            /api/search?q=100%         | bad_request | q
            /api/search?q=a b          | bad_request | -
            /api/tasks/a%00b           | bad_request | -
            /api/tasks/%ZZ             | bad_request | -
            /api/%2e%2e/%2e%2e/etc     | bad_request | -
            """)
    void requestsNoClientShouldBuildAreRefused(String target, String code, String param) {
        server.raw(target).assertError(400, code, param);
    }
}
