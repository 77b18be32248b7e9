package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policysearch.search.ParsedQuery.Clause;

/** The query language of SPEC §4, read into clauses; every syntax error and its message. */
class QueryLanguageTest {

    /** Clauses as text: AND between clauses, OR inside, '-' for excluded. */
    private static String show(ParsedQuery query) {
        return query.clauses().stream().map(QueryLanguageTest::show).collect(Collectors.joining(" AND "));
    }

    private static String show(Clause clause) {
        String terms = clause.anyOf().stream().map(Object::toString).collect(Collectors.joining(" OR "));
        return (clause.excluded() ? "-" : "") + (clause.anyOf().size() > 1 ? "(" + terms + ")" : terms);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            扶贫                          | 扶贫
            扶贫 产业                     | 扶贫 AND 产业
            '  扶贫　　产业  '            | 扶贫 AND 产业
            "精准扶贫"                    | "精准扶贫"
            "精准 扶贫" 产业              | "精准 扶贫" AND 产业
            扶贫 -易地                    | 扶贫 AND -易地
            -"易地搬迁"                   | -"易地搬迁"
            扶贫 OR 脱贫                  | (扶贫 OR 脱贫)
            扶贫 OR 脱贫 OR 攻坚 产业     | (扶贫 OR 脱贫 OR 攻坚) AND 产业
            产业 扶贫 OR 脱贫             | 产业 AND (扶贫 OR 脱贫)
            扶贫 or 脱贫                  | 扶贫 AND or AND 脱贫
            title:扶贫                    | title:扶贫
            TITLE:扶贫                    | title:扶贫
            title:"精准扶贫"              | title:"精准扶贫"
            lead:扶贫办 OR lead:财政厅    | (lead:扶贫办 OR lead:财政厅)
            agency:农牧厅 -year:2017      | agency:农牧厅 AND -year:2017
            year:2017                     | year:2017
            ＂精准扶贫＂ title：扶贫      | "精准扶贫" AND title:扶贫
            牵头单位:财政厅               | 牵头单位:财政厅
            COVID-19                      | COVID-19
            10:30                         | 10:30
            abc"def"                      | abc AND "def"
            """)
    void reads(String query, String expected) {
        assertEquals(expected == null ? "" : expected, show(QueryLanguage.parse(query)));
    }

    @Test
    void blankIsEverything() {
        assertEquals(0, QueryLanguage.parse("").clauses().size());
        assertEquals(0, QueryLanguage.parse("  \t ").clauses().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            "精准扶贫              | The quote before '精准扶贫' is never closed; add a closing " or remove it.
            扶贫 "精准扶贫 产业     | The quote before '精准扶贫 产业' is never closed; add a closing " or remove it.
            ""                     | Empty quotes "": put the exact phrase between them.
            '" "'                  | Empty quotes "": put the exact phrase between them.
            OR 扶贫                | OR needs a word before it, as in 扶贫 OR 脱贫.
            扶贫 OR                | OR needs a word after it, as in 扶贫 OR 脱贫.
            扶贫 OR OR 脱贫        | OR OR: put a word between them.
            扶贫 OR -脱贫          | -脱贫 cannot be part of an OR; put exclusions outside it, as in 扶贫 OR 脱贫 -搬迁.
            - 扶贫                 | '-' excludes what follows it directly, as in -扶贫; remove the space or the '-'.
            扶贫 -                 | '-' excludes what follows it directly, as in -扶贫; remove the space or the '-'.
            author:李              | Unknown field 'author:'. Use title:, lead:, agency:, year:, or put the text in quotes to search for it as written.
            http://example.org     | Unknown field 'http:'. Use title:, lead:, agency:, year:, or put the text in quotes to search for it as written.
            title: 扶贫            | title: needs a word or a "phrase" right after the colon, as in title:扶贫.
            lead:                  | lead: needs a word or a "phrase" right after the colon, as in lead:财政厅.
            year:二〇一七          | year: takes a four-digit year, as in year:2017, not '二〇一七'.
            year:17                | year: takes a four-digit year, as in year:2017, not '17'.
            """)
    void explainsSyntaxErrors(String query, String message) {
        BadQueryException e = assertThrows(BadQueryException.class, () -> QueryLanguage.parse(query));
        assertEquals(message, e.getMessage());
        assertEquals("q", e.param());
    }

    @Test
    void limitsLengthAndTerms() {
        String tooLong = "扶".repeat(Limits.MAX_QUERY_CHARS + 1);
        assertEquals("The query is 1001 characters long; at most 1000 are allowed.",
                assertThrows(BadQueryException.class, () -> QueryLanguage.parse(tooLong)).getMessage());
        String manyWords = "扶贫 ".repeat(Limits.MAX_TERMS + 1);
        assertEquals("The query has more than 32 words and phrases; use fewer.",
                assertThrows(BadQueryException.class, () -> QueryLanguage.parse(manyWords)).getMessage());
        assertEquals(Limits.MAX_TERMS, QueryLanguage.parse("扶贫 ".repeat(Limits.MAX_TERMS)).clauses().size());
    }
}
