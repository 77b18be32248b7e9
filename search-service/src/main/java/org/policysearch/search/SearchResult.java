package org.policysearch.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param facets  by dimension name ({@code lead}, {@code agency}, {@code year}, {@code doc},
 *                {@code region}); each dimension's counts ignore that dimension's own filter
 * @param version the index build that answered, so the result can be cited even across a swap
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, String version) {
}
