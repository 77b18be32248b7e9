package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policysearch.http.ApiServer.enc;
import static org.policysearch.http.ApiServer.fieldNames;
import static org.policysearch.http.ApiServer.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.search.CorpusIndexFixture;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchResult;
import org.policysearch.task.TaskRecord;

/** {@code GET /api/search} over the corpus index: the fields, the echo, paging, and values from the notices. */
class SearchEndpointTest {

    private static final ApiServer server = ApiServer.corpus();

    static TaskRecord truth(String taskId) {
        return CorpusIndexFixture.tasks().stream().filter(t -> t.taskId().equals(taskId)).findFirst().orElseThrow();
    }

    /** 000_853e25e58f4ef803.txt, line 7: the only task that writes 整村脱贫. */
    @Test
    void aPhraseOfOneTaskFindsThatTaskWithEveryField() {
        ApiServer.Reply reply = server.get("/api/search?q=" + enc("整村脱贫"));
        assertEquals(200, reply.status());
        JsonNode body = reply.json();
        assertEquals(List.of("query", "total", "page", "size", "tookMs", "hits", "facets", "params", "version"),
                fieldNames(body));
        assertEquals("整村脱贫", body.get("query").asText());
        assertEquals(1, body.get("total").asLong());
        assertEquals(1, body.get("page").asInt());
        assertEquals(20, body.get("size").asInt());
        assertTrue(body.get("tookMs").isIntegralNumber());
        assertEquals(body.get("version").asText(), reply.header(Requests.INDEX_VERSION_HEADER));
        assertEquals(CorpusIndexFixture.backend().info().version(), body.get("version").asText());

        JsonNode hit = body.get("hits").get(0);
        List<String> fields = new ArrayList<>(Arrays.stream(TaskRecord.class.getRecordComponents())
                .map(RecordComponent::getName).toList());
        fields.addAll(List.of("score", "titleHtml", "snippetHtml"));
        assertEquals(fields, fieldNames(hit), "a hit is the task's fields flattened, then score and highlights");
        TaskRecord task = truth("000_853e25e58f4ef803#1");
        tree(task).fields().forEachRemaining(f -> assertEquals(f.getValue(), hit.get(f.getKey()), f.getKey()));
        // As the notice prints it: 1.加快民族地区发展，提高民族地区发展水平。确保…（牵头单位：自治区财政厅；配合单位：…）
        assertEquals("000_853e25e58f4ef803", hit.get("docId").asText());
        assertEquals("1.", hit.get("taskLabel").asText());
        assertEquals("二、重点任务及分工 / （一）重大政策", hit.get("section").asText());
        assertEquals("加快民族地区发展，提高民族地区发展水平", hit.get("title").asText());
        assertEquals("加快民族地区发展，提高民族地区发展水平", hit.get("titleHtml").asText());
        assertEquals("确保对民族地区转移支付比重继续增加，支持少数民族<mark>整村脱贫</mark>。", hit.get("snippetHtml").asText());
        assertEquals(tree(List.of("自治区财政厅")), hit.get("leadAgencies"));
        assertEquals(tree(List.of("自治区发展改革委", "自治区农牧厅", "自治区民委", "自治区旅游发展委", "自治区扶贫办", "五市人民政府")),
                hit.get("cooperatingAgencies"));
        assertEquals(2017, hit.get("year").asInt());
        assertEquals("宁夏", hit.get("region").asText());
        assertTrue(hit.get("score").asDouble() > 0);

        JsonNode facets = body.get("facets");
        assertEquals(List.of("lead", "agency", "year", "doc", "region"), fieldNames(facets));
        assertEquals(tree(List.of(facet(task.leadCanonical().get(0), 1))), facets.get("lead"));
        assertEquals(tree(List.of(facet("2017", 1))), facets.get("year"));
        assertEquals(tree(List.of(facet("000_853e25e58f4ef803", 1))), facets.get("doc"));
        assertEquals(tree(List.of(facet("宁夏", 1))), facets.get("region"));
        assertEquals(7, facets.get("agency").size(), "the lead and the six cooperating units");
    }

    private static ObjectNode facet(String value, long count) {
        return ApiServer.JSON.createObjectNode().put("value", value).put("count", count);
    }

    @Test
    void theNormalisedRequestIsEchoed() {
        JsonNode body = server.json("/api/search?q=" + enc("  扶贫\u3000 脱贫 ") + "&year=2020&year=2017&year=2020"
                + "&lead=B&lead=A&from=2017&to=2020-06&page=1&size=5&sort=date&fold=successor&region=");
        assertEquals("扶贫 脱贫", body.get("query").asText());
        assertEquals("""
                {"q":"扶贫 脱贫","lead":["A","B"],"agency":[],"year":[2017,2020],"from":"2017-01-01","to":"2020-06-30",\
                "doc":[],"region":[],"page":1,"size":5,"sort":"date","fold":"successor"}""",
                body.get("params").toString());
    }

    /** The service adds nothing to and drops nothing from what the backend finds. */
    @Test
    void hitsTotalsAndFacetsAreTheBackendsForTheSameRequest() {
        for (String query : List.of("q=" + enc("扶贫"), "q=" + enc("扶贫") + "&year=2017&page=2&size=3",
                "lead=" + enc(truth("000_853e25e58f4ef803#1").leadCanonical().get(0)) + "&sort=date",
                "q=" + enc("title:产业 OR 脱贫") + "&region=" + enc("宁夏") + "&size=100", "")) {
            JsonNode body = server.json("/api/search?" + query);
            SearchRequest request = SearchParams.parse(QueryParams.parse(query, SearchParams.NAMES)).toRequest();
            SearchResult expected = CorpusIndexFixture.backend().search(request);
            assertEquals(expected.total(), body.get("total").asLong(), query);
            assertEquals(tree(expected.hits()), body.get("hits"), query);
            assertEquals(tree(expected.facets()), body.get("facets"), query);
        }
    }

    @Test
    void pagesFollowOneAnother() {
        JsonNode ten = server.json("/api/search?q=" + enc("扶贫") + "&size=10");
        JsonNode second = server.json("/api/search?q=" + enc("扶贫") + "&size=5&page=2");
        assertEquals(14, ten.get("total").asLong(), "14 tasks name 扶贫 in their text or agencies");
        assertEquals(2, second.get("page").asInt());
        for (int i = 0; i < 5; i++) {
            assertEquals(ten.get("hits").get(5 + i).get("taskId"), second.get("hits").get(i).get("taskId"));
        }
        JsonNode past = server.json("/api/search?q=" + enc("扶贫") + "&size=10&page=3");
        assertEquals(14, past.get("total").asLong());
        assertEquals(0, past.get("hits").size(), "a page past the last is empty, not an error");
    }

    @Test
    void sortByDatePutsTheNewestFirst() {
        JsonNode hits = server.json("/api/search?q=" + enc("扶贫") + "&sort=date&size=100").get("hits");
        List<String> dates = new ArrayList<>();
        hits.forEach(h -> dates.add(h.get("date").isNull() ? "" : h.get("date").asText()));
        assertEquals("2023-03-02", dates.get(0), "宁党发〔2023〕1号 is dated 2023-03-02");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort((a, b) -> b.compareTo(a));
        assertEquals(sorted, dates);
    }

    @Test
    void markupInTheQueryIsPlainTextAndHighlightsStayEscaped() {
        JsonNode body = server.json("/api/search?q=" + enc("<script>alert(1)</script> 扶贫"));
        assertEquals("<script>alert(1)</script> 扶贫", body.get("query").asText());
        JsonNode alone = server.json("/api/search?q=" + enc("<b>扶贫</b>"));
        assertEquals(alone.get("total").asLong(), alone.get("hits").size());
        for (JsonNode hit : alone.get("hits")) {
            for (String field : List.of("titleHtml", "snippetHtml")) {
                String html = hit.get(field).asText().replace("<mark>", "").replace("</mark>", "");
                assertTrue(html.indexOf('<') < 0 && html.indexOf('>') < 0, html);
            }
        }
    }
}
