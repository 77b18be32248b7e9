package org.policysearch.search;

/** One value of a facet and how many matching tasks carry it. */
public record FacetValue(String value, long count) {
}
