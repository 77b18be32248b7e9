package org.policysearch.search;

/** The bounds every search is held to (SPEC §4), defined once for the backend and the service. */
public final class Limits {

    /** Longest query string, in characters. */
    public static final int MAX_QUERY_CHARS = 1000;
    /** Most hits on one page. */
    public static final int MAX_SIZE = 100;
    /** Deepest hit a page may reach: page × size. */
    public static final int MAX_WINDOW = 10_000;
    /** Most words and phrases in one query; beyond this a query is not a search but a paste. */
    public static final int MAX_TERMS = 32;
    /** Hits on a page when the request names no size. */
    public static final int DEFAULT_SIZE = 20;
    /** Agencies a who-leads ranking lists at most. */
    public static final int LEADING_AGENCIES = 100;
    /** Task ids a who-leads entry gives as evidence at most (its leadTasks counts them all). */
    public static final int LEAD_EVIDENCE = 100;
    /** Values returned per facet (a selected value is always added even beyond these). */
    public static final int FACET_VALUES = 50;
    /** Values of one repeatable filter (lead, agency, year, doc, region) in one request. */
    public static final int MAX_FILTER_VALUES = 50;
    /** Characters of one filter value or id; agency names and ids are far shorter. */
    public static final int MAX_FILTER_VALUE_LENGTH = 200;
    /** The years a year filter or a date bound may name. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private Limits() {
    }

    /** Rejects a request outside the bounds, naming the parameter at fault. */
    public static void check(SearchRequest request) {
        if (request.query().length() > MAX_QUERY_CHARS) {
            throw new BadQueryException("q", "The query is " + request.query().length()
                    + " characters long; at most " + MAX_QUERY_CHARS + " are allowed.");
        }
        if (request.page() < 1) {
            throw new BadQueryException("page", "page must be 1 or more, not " + request.page() + ".");
        }
        if (request.size() < 1 || request.size() > MAX_SIZE) {
            throw new BadQueryException("size", "size must be between 1 and " + MAX_SIZE + ", not " + request.size() + ".");
        }
        if ((long) request.page() * request.size() > MAX_WINDOW) {
            throw new BadQueryException("page", "page × size may be at most " + MAX_WINDOW
                    + "; narrow the search instead of paging this deep.");
        }
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            throw new BadQueryException("from", "from (" + request.from() + ") is after to (" + request.to() + ").");
        }
    }
}
