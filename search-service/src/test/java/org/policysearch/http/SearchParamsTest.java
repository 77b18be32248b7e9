package org.policysearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policysearch.search.SearchRequest;

/** The strict reading of search parameters, without a server: every rule and its exact message. */
class SearchParamsTest {

    private static SearchParams parse(String query) {
        return SearchParams.parse(QueryParams.parse(query, SearchParams.NAMES));
    }

    @Test
    void defaultsAreFilledInAndEchoed() {
        assertEquals(new SearchParams("", List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                1, 20, "relevance", null), parse(null));
    }

    @Test
    void valuesAreNormalised() {
        SearchParams p = parse("q=+%E6%89%B6%E8%B4%AB%E3%80%80%20+%E4%BA%A7%E4%B8%9A%C2%A0x+&year=2020&year=2017&year=2020"
                + "&lead=B&lead=A&lead=B&from=2017&to=2020-02&doc=&page=2&size=50&sort=date&fold=successor");
        assertEquals("扶贫 产业 x", p.q());
        assertEquals(List.of(2017, 2020), p.year());
        assertEquals(List.of("A", "B"), p.lead());
        assertEquals(LocalDate.of(2017, 1, 1), p.from());
        assertEquals(LocalDate.of(2020, 2, 29), p.to());
        assertEquals(List.of(), p.doc());
        assertEquals(new SearchRequest("扶贫 产业 x", List.of("A", "B"), List.of(), List.of(2017, 2020),
                LocalDate.of(2017, 1, 1), LocalDate.of(2020, 2, 29), List.of(), List.of(), 2, 50,
                SearchRequest.Sort.DATE, true), p.toRequest());
    }

    @Test
    void dateBoundsTakeYearsMonthsAndDays() {
        SearchParams p = parse("from=2023-03&to=2023-03-24");
        assertEquals(LocalDate.of(2023, 3, 1), p.from());
        assertEquals(LocalDate.of(2023, 3, 24), p.to());
        assertEquals(LocalDate.of(2023, 12, 31), parse("to=2023").to());
    }

    @Test
    void theDeepestPageIsAllowedAndOneMoreIsNot() {
        assertEquals(100, parse("page=100&size=100").page());
        assertEquals(10_000, parse("page=10000&size=1").page());
        ApiException e = assertThrows(ApiException.class, () -> parse("page=10001&size=1"));
        assertEquals("page", e.param());
    }

    /** The echo is the request as parameters: its field names are exactly the names the API takes. */
    @Test
    void echoFieldsAreTheParameterNames() {
        assertEquals(SearchParams.NAMES, Arrays.stream(SearchParams.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            page=0                | bad_parameter      | page   | 'page' must be a whole number from 1 up; got '0'
            page=-1               | bad_parameter      | page   | 'page' must be a whole number from 1 up; got '-1'
            page=1.5              | bad_parameter      | page   | 'page' must be a whole number from 1 up; got '1.5'
            page=%2B1             | bad_parameter      | page   | 'page' must be a whole number from 1 up; got '+1'
            page=99999999999      | bad_parameter      | page   | 'page' must be a whole number from 1 up; got '99999999999'
            page=x                | bad_parameter      | page   | 'page' must be a whole number from 1 up; got 'x'
            size=0                | bad_parameter      | size   | 'size' must be a whole number from 1 to 100; got '0'
            size=101              | bad_parameter      | size   | 'size' must be a whole number from 1 to 100; got '101'
            page=101&size=100     | bad_parameter      | page   | page 101 of size 100 reaches past result 10000, the deepest a search pages; narrow the search instead (or use /api/export for every match)
            sort=score            | bad_parameter      | sort   | 'sort' must be one of relevance, date; got 'score'
            sort=DATE             | bad_parameter      | sort   | 'sort' must be one of relevance, date; got 'DATE'
            fold=yes              | bad_parameter      | fold   | 'fold' must be successor; got 'yes'
            year=17               | bad_parameter      | year   | 'year' must be a year from 1900 to 2100; got '17'
            year=1899             | bad_parameter      | year   | 'year' must be a year from 1900 to 2100; got '1899'
            year=二〇一七          | bad_parameter      | year   | 'year' must be a year from 1900 to 2100; got '二〇一七'
            from=2017-13          | bad_parameter      | from   | 'from' is not a calendar date: '2017-13'
            from=2017-02-30       | bad_parameter      | from   | 'from' is not a calendar date: '2017-02-30'
            to=2017/03/24         | bad_parameter      | to     | 'to' must be a date (2017-03-24), a month (2017-03) or a year (2017); got '2017/03/24'
            from=2020&to=2019     | bad_parameter      | to     | 'to' (2019-12-31) is before 'from' (2020-01-01)
            q=a&q=b               | repeated_parameter | q      | 'q' may be given once; it was given 2 times
            page=1&page=2         | repeated_parameter | page   | 'page' may be given once; it was given 2 times
            query=x               | unknown_parameter  | query  | unknown parameter 'query'; this endpoint takes agency, doc, fold, from, lead, page, q, region, size, sort, to, year
            q=a%00b               | bad_parameter      | q      | 'q' contains a control character
            lead=%E5%8F%91%0A     | bad_parameter      | lead   | 'lead' contains a control character
            q=%C2%85              | bad_parameter      | q      | 'q' contains a control character
            q=%7F                 | bad_parameter      | q      | 'q' contains a control character
            q=%E6%89              | bad_request        | q      | the query string is not valid UTF-8
            q=%ED%A0%80           | bad_request        | q      | the query string is not valid UTF-8
            q=%zz                 | bad_request        | q      | malformed percent-encoding in the query string (a % must be followed by two hex digits)
            q=100%                | bad_request        | q      | malformed percent-encoding in the query string (a % must be followed by two hex digits)
            """)
    void badInputIsRefusedWithItsParameter(String query, String code, String param, String message) {
        ApiException e = assertThrows(ApiException.class, () -> parse(query));
        assertEquals(code, e.code().key());
        assertEquals(param, e.param());
        assertEquals(message, e.getMessage());
    }

    @Test
    void oversizeValuesAreRefused() {
        assertEquals(1000, parse("q=" + "政".repeat(1000)).q().length());
        ApiException q = assertThrows(ApiException.class, () -> parse("q=" + "政".repeat(1001)));
        assertEquals("'q' is longer than 1000 characters", q.getMessage());
        ApiException lead = assertThrows(ApiException.class, () -> parse("lead=" + "厅".repeat(201)));
        assertEquals("a value of 'lead' is longer than 200 characters", lead.getMessage());
        ApiException many = assertThrows(ApiException.class, () -> parse("year=2017&".repeat(51)));
        assertEquals("'year' may be given at most 50 times", many.getMessage());
    }

    @Test
    void longInputIsQuotedShortInMessages() {
        ApiException e = assertThrows(ApiException.class, () -> parse("sort=" + "x".repeat(500)));
        assertEquals("'sort' must be one of relevance, date; got '" + "x".repeat(40) + "…'", e.getMessage());
    }
}
