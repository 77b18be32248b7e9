package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policysearch.http.ApiServer.enc;
import static org.policysearch.http.ApiServer.fieldNames;
import static org.policysearch.http.ApiServer.tree;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.search.CorpusIndexFixture;
import org.policysearch.task.TaskRecord;

/** {@code GET /api/agencies/leading}: who leads the tasks a search matches. */
class LeadingEndpointTest {

    private static final ApiServer server = ApiServer.corpus();

    @Test
    void theRankingIsTheBackendsWithEvidenceFromTheNotices() {
        String query = "q=" + enc("扶贫");
        ApiServer.Reply reply = server.get("/api/agencies/leading?" + query);
        assertEquals(200, reply.status());
        JsonNode ranking = reply.json();
        assertTrue(ranking.isArray());
        assertEquals(tree(CorpusIndexFixture.backend().whoLeads(
                SearchParams.parse(QueryParams.parse(query, SearchParams.NAMES)).toRequest())), ranking);
        JsonNode top = ranking.get(0);
        assertEquals(List.of("agency", "canonical", "leadTasks", "cooperatingTasks", "share", "taskIds"), fieldNames(top));
        // 000 task 3 and 003 tasks 32–38, 43 each name 扶贫办 first among the leads.
        assertEquals("自治区扶贫办", top.get("agency").asText());
        assertEquals(8, top.get("leadTasks").asInt());
        assertEquals(8.0 / 14, top.get("share").asDouble(), 1e-9, "8 of the 14 matching tasks");
        for (JsonNode taskId : top.get("taskIds")) {
            TaskRecord task = SearchEndpointTest.truth(taskId.asText());
            assertTrue(task.leadAgencies().contains("自治区扶贫办"), taskId.asText());
        }
        for (int i = 1; i < ranking.size(); i++) {
            assertTrue(ranking.get(i - 1).get("leadTasks").asInt() >= ranking.get(i).get("leadTasks").asInt());
        }
        assertEquals(CorpusIndexFixture.backend().info().version(), reply.header(Requests.INDEX_VERSION_HEADER));
    }

    /** The page sends the whole search, paging included: accepted, and the ranking does not change. */
    @Test
    void pagingAndSortDoNotChangeTheRanking() {
        JsonNode plain = server.json("/api/agencies/leading?q=" + enc("扶贫"));
        assertEquals(plain, server.json("/api/agencies/leading?q=" + enc("扶贫") + "&page=2&size=5&sort=date"));
    }

    /** 2017's notices name 农牧厅, never 农业农村厅: folded, its tasks are led by the successor. */
    @Test
    void foldingBySuccessorMergesPredecessors() {
        JsonNode plain = server.json("/api/agencies/leading?year=2017");
        JsonNode folded = server.json("/api/agencies/leading?fold=successor&year=2017");
        AgencyRegistry registry = AgencyRegistry.bundled();
        for (JsonNode row : folded) {
            String canonical = row.get("canonical").asText();
            assertEquals(canonical, registry.latestSuccessor(canonical), "folded rows name successors only");
        }
        assertEquals(leadTasks(plain, "宁夏回族自治区农牧厅"), leadTasks(folded, "宁夏回族自治区农业农村厅"));
        assertEquals(-1, leadTasks(plain, "宁夏回族自治区农业农村厅"));
        server.get("/api/agencies/leading?fold=predecessor").assertError(400, "bad_parameter", "fold");
    }

    /** The lead count of one canonical agency in a ranking, or -1 when it is not ranked. */
    private static int leadTasks(JsonNode ranking, String canonical) {
        for (JsonNode row : ranking) {
            if (row.get("canonical").asText().equals(canonical)) {
                return row.get("leadTasks").asInt();
            }
        }
        return -1;
    }
}
