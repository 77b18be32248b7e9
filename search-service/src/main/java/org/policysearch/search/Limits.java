package org.policysearch.search;

/** The bounds every search is held to (SPEC §4), defined once for the backend and the service. */
public final class Limits {

    /** Longest query string, in characters. */
    public static final int MAX_QUERY_CHARS = 1000;
    /** Most hits on one page. */
    public static final int MAX_SIZE = 100;
    /** Deepest hit a page may reach: page × size. */
    public static final int MAX_WINDOW = 10_000;
    /** Hits on a page when the request names no size. */
    public static final int DEFAULT_SIZE = 20;
    /** Values of one repeatable filter (lead, agency, year, doc, region) in one request. */
    public static final int MAX_FILTER_VALUES = 50;
    /** Characters of one filter value or id; agency names and ids are far shorter. */
    public static final int MAX_FILTER_VALUE_LENGTH = 200;
    /** The years a year filter or a date bound may name. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private Limits() {
    }
}
