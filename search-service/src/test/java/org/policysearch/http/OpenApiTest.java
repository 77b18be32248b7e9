package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policysearch.http.ApiServer.enc;
import static org.policysearch.http.ApiServer.fieldNames;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The maintained OpenAPI document against the app: routes, parameters, codes and response fields. */
class OpenApiTest {

    private static final ApiServer server = ApiServer.corpus();
    private static final JsonNode doc = server.json(OpenApi.PATH);

    @Test
    void theServedDocumentIsTheMaintainedFile() throws IOException {
        try (InputStream in = OpenApiTest.class.getResourceAsStream(OpenApi.RESOURCE)) {
            assertArrayEquals(in.readAllBytes(), server.bytes(OpenApi.PATH).body());
        }
        assertEquals("3.1.0", doc.get("openapi").asText());
    }

    /** Every route of the app is described, and every described route exists. */
    @Test
    void everyRouteIsDescribedAndNothingElse() {
        Set<String> routes = server.app().unsafe.internalRouter.allHttpHandlers().stream()
                .map(h -> h.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> e.method.name().toUpperCase(Locale.ROOT) + " " + e.path)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> described = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertEquals(8, routes.size());
        assertEquals(routes, described);
    }

    @Test
    void theParametersAreTheOnesTheEndpointsTake() {
        assertEquals(SearchParams.NAMES, parameters("/api/search"));
        assertEquals(SearchParams.NAMES, parameters("/api/agencies/leading"));
        assertEquals(ExportController.NAMES, parameters("/api/export"));
        assertEquals(Set.of(DocumentController.TASK_ID), parameters("/api/tasks/{taskId}"));
        assertEquals(Set.of(DocumentController.DOC_ID), parameters("/api/documents/{docId}"));
    }

    @Test
    void theErrorCodesAreTheServicesCodes() {
        Set<String> codes = new HashSet<>();
        schema("Error").at("/properties/error/properties/code/enum").forEach(c -> codes.add(c.asText()));
        assertEquals(Arrays.stream(ErrorCode.values()).map(ErrorCode::key).collect(Collectors.toSet()), codes);
    }

    /** The properties of each schema are the fields of real responses, in order. */
    @Test
    void theSchemasHaveTheFieldsOfRealResponses() {
        JsonNode search = server.json("/api/search?q=" + enc("扶贫") + "&size=1");
        assertFields("SearchResponse", search);
        assertFields("Hit", search.get("hits").get(0));
        assertFields("FacetValue", search.get("facets").get("year").get(0));
        assertFields("SearchParams", search.get("params"));
        assertFields("LeadRanking", server.json("/api/agencies/leading?q=" + enc("扶贫")).get(0));
        assertFields("Task", server.json("/api/tasks/000_853e25e58f4ef803%231"));
        JsonNode documents = server.json("/api/documents");
        assertFields("DocumentList", documents);
        assertFields("DocumentSummary", documents.get("documents").get(0));
        assertFields("DocumentWithTasks", server.json("/api/documents/000_853e25e58f4ef803"));
        assertFields("Health", server.json("/api/health"));
        JsonNode error = server.get("/api/search?page=0").json();
        assertFields("Error", error);
        assertEquals(fieldNames(schema("Error").at("/properties/error/properties")), fieldNames(error.get("error")));
    }

    private static void assertFields(String schema, JsonNode response) {
        assertEquals(fieldNames(schema(schema).get("properties")), fieldNames(response), schema);
        JsonNode required = schema(schema).get("required");
        assertEquals(fieldNames(schema(schema).get("properties")), List.of(ApiServer.JSON.convertValue(required, String[].class)),
                schema + ": every field is always present");
    }

    private static JsonNode schema(String name) {
        return doc.at("/components/schemas/" + name);
    }

    private static Set<String> parameters(String path) {
        Set<String> names = new HashSet<>();
        for (JsonNode parameter : doc.at("/paths/" + path.replace("/", "~1") + "/get/parameters")) {
            JsonNode resolved = parameter.has("$ref") ? doc.at(parameter.get("$ref").asText().substring(1)) : parameter;
            names.add(resolved.get("name").asText());
        }
        return names;
    }
}
