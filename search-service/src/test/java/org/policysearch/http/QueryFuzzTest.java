package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policysearch.http.ApiServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.policysearch.search.CorpusIndexFixture;
import org.policysearch.task.TaskRecord;

/**
 * Thousands of random query strings, built with a fixed seed from fragments of the notices,
 * operators, quotes, odd Unicode and control characters: the service never answers 5xx, every
 * refusal has the one error shape, and every highlight stays escaped.
 */
class QueryFuzzTest {

    private static final long SEED = 20261122L;
    private static final int REQUESTS = 3000;

    private static final String[] OPERATORS = {"OR", "AND", "NOT", "-", "+", "\"", "\"", "(", ")", "title:", "lead:",
        "agency:", "year:", "year:2017", "*", "?", "~", "~2", "^3", "\\", "/", "[", "]", "{", "}", ":", "&&", "||",
        "!", "'", "，", "、", "：", "（", "）", "“", "”", "《", "》", "TO", "[2017 TO 2020]", "lead:\"", "-\""};
    private static final String[] UNICODE = {"牽頭單位", "發展改革委", "ｌｅａｄ：", "２０１７", "😀", "𠀀", "e\u0301",
        "\u200B", "\u202E", "\uFEFF", "\uFFFD", "\u3000", "\u00A0", "עברית", "ℌ", "ﬁ", "<mark>", "</mark>",
        "<script>", "&amp;", "%", "%25", "\u2028", "\uFFFF"};
    private static final String[] CONTROL = {"\u0000", "\u0007", "\t", "\n", "\r", "\u001B", "\u007F", "\u0085", "\u009F"};
    private static final String[] SEPARATORS = {" ", "", "  ", "\u3000", " OR ", " -"};

    private static final ApiServer server = ApiServer.corpus();

    @Test
    void noQueryStringEverGetsA5xx() {
        Random random = new Random(SEED);
        List<String> fragments = fragments(random);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            String q = query(random, fragments);
            String endpoint = switch (random.nextInt(10)) {
                case 0 -> "/api/agencies/leading";
                case 1 -> "/api/export";
                default -> "/api/search";
            };
            ApiServer.Reply reply = server.get(endpoint + "?q=" + enc(q) + extra(random));
            statuses.merge(reply.status(), 1, Integer::sum);
            String context = endpoint + " q=" + q.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList();
            assertTrue(reply.status() < 500, context + " -> " + reply.body());
            if (reply.status() >= 400) {
                assertEquals(400, reply.status(), context);
                reply.json().get("error").get("message").asText();
                assertEquals(List.of("code", "message", "param"), ApiServer.fieldNames(reply.json().get("error")), context);
            } else if (endpoint.equals("/api/search")) {
                assertEscaped(reply.json(), context);
            }
        }
        assertTrue(statuses.getOrDefault(200, 0) > REQUESTS / 4, "most random queries still search: " + statuses);
        assertTrue(statuses.getOrDefault(400, 0) > 0, "and some are refused: " + statuses);
    }

    private static void assertEscaped(JsonNode body, String context) {
        for (JsonNode hit : body.get("hits")) {
            for (String field : List.of("titleHtml", "snippetHtml")) {
                String html = hit.get(field).asText().replace("<mark>", "").replace("</mark>", "");
                assertTrue(html.indexOf('<') < 0 && html.indexOf('>') < 0, context + " " + field + ": " + html);
            }
        }
    }

    /** Two-to-eight-character runs of the notices' titles and texts, and their agencies. */
    private static List<String> fragments(Random random) {
        List<String> fragments = new ArrayList<>();
        for (TaskRecord task : CorpusIndexFixture.tasks()) {
            String text = task.title() + task.text();
            for (int k = 0; k < 3 && text.length() > 8; k++) {
                int start = random.nextInt(text.length() - 8);
                fragments.add(text.substring(start, start + 2 + random.nextInt(7)));
            }
            fragments.addAll(task.leadAgencies());
        }
        return fragments;
    }

    private static String query(Random random, List<String> fragments) {
        StringBuilder q = new StringBuilder();
        int pieces = 1 + random.nextInt(8);
        for (int p = 0; p < pieces; p++) {
            int kind = random.nextInt(100);
            String piece;
            if (kind < 50) {
                piece = fragments.get(random.nextInt(fragments.size()));
            } else if (kind < 75) {
                piece = pick(random, OPERATORS);
            } else if (kind < 93) {
                piece = pick(random, UNICODE);
            } else {
                piece = pick(random, CONTROL);
            }
            q.append(piece).append(pick(random, SEPARATORS));
        }
        return q.toString();
    }

    /** Sometimes a filter or paging as well, valid or not. */
    private static String extra(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "&year=" + (2015 + random.nextInt(10));
            case 1 -> "&page=" + random.nextInt(3) + "&size=" + random.nextInt(120);
            case 2 -> "&sort=" + pick(random, new String[] {"date", "relevance", "x"});
            case 3 -> "&lead=" + enc(pick(random, UNICODE));
            default -> "";
        };
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
