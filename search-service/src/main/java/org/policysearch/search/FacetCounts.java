package org.policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.policysearch.index.IndexSchema.Facet;

/**
 * A search's exact total, first hits and drill-sideways facet counts: a dimension the request
 * filters on is counted over the matches of every other filter but its own (a year-filtered
 * search still shows the other years), every other dimension over the matches. Each set of
 * matches is a search of its own on all the searcher's threads, unscored but for the matches:
 * Lucene's DrillSideways makes them in one pass, but its scorer refuses a partitioned searcher's
 * slices and would keep a filtered search on one core. {@link MatchCounting} counts each set in
 * the snapshot's in-memory facet columns as the search collects it, the agency and lead dimensions
 * from one column ({@link AgencyRoles}) when it counts both.
 */
final class FacetCounts {

    /** The total, the first hits with their scores, and the counts of the dimensions shown. */
    record Result(long total, ScoreDoc[] top, Facets facets) {
    }

    private final IndexSearcher searcher;
    private final Map<Facet, FacetColumn> columns;
    private final Map<Facet, NoticeRollup> rollups;
    private final List<AgencyRoles> roles;
    private final List<Facet> shown;

    /**
     * @param rollups the dimensions that may be counted from the per-notice counts
     * @param roles   the agency and lead dimensions that may be counted from one column
     * @param shown   the dimensions the result needs counts for
     */
    FacetCounts(IndexSearcher searcher, Map<Facet, FacetColumn> columns, Map<Facet, NoticeRollup> rollups,
                List<AgencyRoles> roles, List<Facet> shown) {
        this.searcher = searcher;
        this.columns = columns;
        this.rollups = rollups;
        this.roles = roles;
        this.shown = shown;
    }

    /** The first {@code window} hits in {@code sort} order, the total and the counts. */
    Result search(LuceneQueries.Built built, int window, Sort sort) throws IOException {
        DrillDownQuery query = built.query();
        List<Facet> unfiltered = new ArrayList<>();
        List<Facet> filtered = new ArrayList<>();
        for (Facet facet : shown) {
            if (columns.containsKey(facet)) {
                (built.filtered().contains(facet) ? filtered : unfiltered).add(facet);
            }
        }
        List<Facet> read = unfiltered.stream().filter(facet -> !rolledUp(facet, unfiltered)).toList();
        Optional<AgencyRoles> both = roles.stream().filter(pair -> pair.countsBoth(read)).findFirst();
        List<Facet> apart = read.stream().filter(facet -> both.isEmpty() || !both.get().counts(facet)).toList();
        List<MatchCounting.Column> counted = new ArrayList<>(apart.stream().map(columns::get).toList());
        both.ifPresent(counted::add);
        MatchCounting counting = new MatchCounting(counted);

        Optional<DrillDownQuery> page = built.page().filter(q -> LuceneSearchBackend.byScore(sort));
        ScoreDoc[] top;
        MatchCounting.Counted matches;
        if (page.isPresent()) {
            top = searcher.search(page.get(), new TopFieldCollectorManager(sort, window, null, window)).scoreDocs;
            matches = searcher.search(query, counting);
            LuceneSearchBackend.populateScores(top, searcher, page.get(), sort);
        } else {
            Object[] collected = searcher.search(query, new MultiCollectorManager(ranking(built, window, sort),
                    counting));
            top = ((TopFieldDocs) collected[0]).scoreDocs;
            matches = (MatchCounting.Counted) collected[1];
            // CompetitiveRanking adds a score's parts in its own order: the reported score is the query's.
            TopFieldCollector.populateScores(top, searcher, built.ranked());
        }

        Map<String, ColumnFacets.Counted> byDim = new HashMap<>();
        for (int i = 0; i < apart.size(); i++) {
            put(byDim, apart.get(i), matches.counts().get(i));
        }
        if (both.isPresent()) {
            int[] codeCounts = matches.counts().get(apart.size());
            put(byDim, both.get().agencies(), both.get().agencyCounts(codeCounts));
            put(byDim, both.get().leads(), both.get().leadCounts(codeCounts));
        }
        for (Facet facet : unfiltered) {
            if (rolledUp(facet, unfiltered)) {
                int[] counts = new int[columns.get(facet).size()];
                rollups.get(facet).addTo(byDim.get(Facet.DOC.dim()).counts(), counts);
                put(byDim, facet, counts);
            }
        }
        for (Facet facet : filtered) {
            put(byDim, facet, searcher.search(othersThan(facet, built), new MatchCounting(List.of(columns.get(facet))))
                    .counts().get(0));
        }
        return new Result(matches.total(), top, new ColumnFacets(byDim));
    }

    /**
     * What finds the page in the pass that counts, when no page query does: every match is visited,
     * the ranking skips what it can.
     */
    private CollectorManager<?, ? extends TopFieldDocs> ranking(LuceneQueries.Built built, int window, Sort sort)
            throws IOException {
        Optional<CompetitiveRanking> competitive = CompetitiveRanking.of(searcher, built.scoreParts(), window, sort);
        return competitive.isPresent() ? competitive.get()
                : new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE);
    }

    private void put(Map<String, ColumnFacets.Counted> byDim, Facet facet, int[] counts) {
        byDim.put(facet.dim(), new ColumnFacets.Counted(columns.get(facet), counts));
    }

    /**
     * Whether a dimension that holds its notice's value is counted from the notice counts of the
     * same matches rather than match by match. Year and region from the notice counts took 5 % off
     * the ten 1 GB common words' search (means of five alternating runs: 7.80–9.58 → 7.40–8.87 ms):
     * two of five column reads per match.
     */
    private boolean rolledUp(Facet facet, List<Facet> countedTogether) {
        return facet != Facet.DOC && rollups.containsKey(facet) && countedTogether.contains(Facet.DOC);
    }

    /** The matches of every filter of the request but the one on {@code facet}. */
    private static Query othersThan(Facet facet, LuceneQueries.Built built) {
        int own = built.filtered().indexOf(facet);
        Query[] filters = built.query().getDrillDownQueries();
        BooleanQuery.Builder others = new BooleanQuery.Builder().add(built.query().getBaseQuery(), Occur.FILTER);
        for (int i = 0; i < filters.length; i++) {
            if (i != own) {
                others.add(filters[i], Occur.FILTER);
            }
        }
        return others.build();
    }
}
