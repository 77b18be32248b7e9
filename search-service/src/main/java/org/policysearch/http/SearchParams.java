package org.policysearch.http;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.policysearch.search.Limits;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchRequest.Sort;

/**
 * The parameters of a search, validated and normalised: what the API echoes as {@code params} so
 * that a result can be reproduced. Component names are the parameter names.
 *
 * @param q    the query with whitespace runs collapsed to one space; empty matches every task
 * @param from earliest date, inclusive ({@code from=2017} is 2017-01-01), or null
 * @param to   latest date, inclusive ({@code to=2017} is 2017-12-31), or null
 * @param sort {@code relevance} or {@code date}
 * @param fold {@code successor} to merge agencies with their successors, or null
 */
public record SearchParams(String q, List<String> lead, List<String> agency, List<Integer> year,
                           LocalDate from, LocalDate to, List<String> doc, List<String> region,
                           int page, int size, String sort, String fold) {

    public static final String Q = "q";
    public static final String LEAD = "lead";
    public static final String AGENCY = "agency";
    public static final String YEAR = "year";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String DOC = "doc";
    public static final String REGION = "region";
    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final String SORT = "sort";
    public static final String FOLD = "fold";

    /** Every parameter a search takes; the who-leads ranking and the export take the same. */
    public static final Set<String> NAMES = Set.of(Q, LEAD, AGENCY, YEAR, FROM, TO, DOC, REGION, PAGE, SIZE, SORT, FOLD);

    /** The one value {@code fold} takes. */
    public static final String FOLD_SUCCESSOR = "successor";

    /** A whole number without sign or spaces, short enough not to overflow an int. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    /** {@code 2017}, {@code 2017-03} or {@code 2017-03-24}. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** Whitespace runs in a query, including the ideographic space U+3000. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+", Pattern.UNICODE_CHARACTER_CLASS);

    public SearchParams {
        lead = List.copyOf(lead);
        agency = List.copyOf(agency);
        year = List.copyOf(year);
        doc = List.copyOf(doc);
        region = List.copyOf(region);
    }

    static SearchParams parse(QueryParams params) {
        String q = query(params);
        int size = number(params, SIZE, 1, Limits.MAX_SIZE, Limits.DEFAULT_SIZE);
        int page = number(params, PAGE, 1, Integer.MAX_VALUE, 1);
        if ((long) page * size > Limits.MAX_WINDOW) {
            throw ApiException.badParameter(PAGE, "page " + page + " of size " + size + " reaches past result "
                    + Limits.MAX_WINDOW + ", the deepest a search pages; narrow the search instead"
                    + " (or use /api/export for every match)");
        }
        LocalDate from = params.single(FROM).map(v -> date(FROM, v, true)).orElse(null);
        LocalDate to = params.single(TO).map(v -> date(TO, v, false)).orElse(null);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter(TO, "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        return new SearchParams(q, values(params, LEAD), values(params, AGENCY), years(params), from, to,
                values(params, DOC), values(params, REGION), page, size,
                sort(params), params.single(FOLD).map(SearchParams::fold).orElse(null));
    }

    /** The request the backend runs. */
    public SearchRequest toRequest() {
        return new SearchRequest(q, lead, agency, year, from, to, doc, region, page, size,
                Sort.valueOf(sort.toUpperCase(Locale.ROOT)), fold != null);
    }

    private static String query(QueryParams params) {
        String q = params.single(Q).orElse("");
        if (q.codePointCount(0, q.length()) > Limits.MAX_QUERY_CHARS) {
            throw ApiException.badParameter(Q, "'q' is longer than " + Limits.MAX_QUERY_CHARS + " characters");
        }
        return WHITESPACE.matcher(q).replaceAll(" ");
    }

    private static int number(QueryParams params, String name, int min, int max, int absent) {
        return params.single(name).map(v -> {
            long n = NUMBER.matcher(v).matches() ? Long.parseLong(v) : -1;
            if (n < min || n > max) {
                throw ApiException.badParameter(name, "'" + name + "' must be a whole number from " + min
                        + (max == Integer.MAX_VALUE ? " up" : " to " + max) + "; got " + ApiException.quoted(v));
            }
            return (int) n;
        }).orElse(absent);
    }

    /** Facet selections: each a short plain string, duplicates dropped, in a canonical order. */
    private static List<String> values(QueryParams params, String name) {
        List<String> given = params.all(name);
        for (String v : given) {
            if (v.length() > Limits.MAX_FILTER_VALUE_LENGTH) {
                throw ApiException.badParameter(name, "a value of '" + name + "' is longer than "
                        + Limits.MAX_FILTER_VALUE_LENGTH + " characters");
            }
        }
        return given.stream().distinct().sorted().toList();
    }

    private static List<Integer> years(QueryParams params) {
        return params.all(YEAR).stream()
                .map(v -> yearOf(YEAR, v))
                .distinct().sorted().toList();
    }

    private static int yearOf(String name, String v) {
        int y = v.length() == 4 && NUMBER.matcher(v).matches() ? Integer.parseInt(v) : -1;
        if (y < Limits.MIN_YEAR || y > Limits.MAX_YEAR) {
            throw ApiException.badParameter(name, "'" + name + "' must be a year from " + Limits.MIN_YEAR
                    + " to " + Limits.MAX_YEAR + "; got " + ApiException.quoted(v));
        }
        return y;
    }

    /** An ISO date, or a year or year-month standing for its first ({@code from}) or last ({@code to}) day. */
    private static LocalDate date(String name, String v, boolean start) {
        var m = DATE.matcher(v);
        if (!m.matches()) {
            throw ApiException.badParameter(name, "'" + name + "' must be a date (2017-03-24), a month (2017-03)"
                    + " or a year (2017); got " + ApiException.quoted(v));
        }
        int year = yearOf(name, m.group(1));
        try {
            if (m.group(2) == null) {
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            return month.atDay(Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw ApiException.badParameter(name, "'" + name + "' is not a calendar date: " + ApiException.quoted(v));
        }
    }

    private static String sort(QueryParams params) {
        List<String> keys = Arrays.stream(Sort.values()).map(SearchParams::key).toList();
        String v = params.single(SORT).orElse(key(Sort.RELEVANCE));
        if (!keys.contains(v)) {
            throw ApiException.badParameter(SORT, "'sort' must be one of " + String.join(", ", keys) + "; got " + ApiException.quoted(v));
        }
        return v;
    }

    private static String key(Sort sort) {
        return sort.name().toLowerCase(Locale.ROOT);
    }

    private static String fold(String v) {
        if (!FOLD_SUCCESSOR.equals(v)) {
            throw ApiException.badParameter(FOLD, "'fold' must be " + FOLD_SUCCESSOR + "; got " + ApiException.quoted(v));
        }
        return v;
    }
}
