package org.policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * The corpus index searched as {@code serve} searches it, split over two threads, for tests that
 * compare a page found a faster way with the page ranking every match gives. Opened once per test
 * JVM and shared, like {@link CorpusIndexFixture#backend()}: do not close it.
 */
final class SplitCorpusSearcher {

    private static IndexSearcher shared;

    private SplitCorpusSearcher() {
    }

    static synchronized IndexSearcher shared() {
        if (shared == null) {
            try {
                shared = new SearchThreads(2).searcher(CorpusIndexFixture.openReader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /**
     * How {@code page}, found by {@code how}, differs from the first {@code window} hits that ranking
     * every match of {@code request} on {@code searcher} in {@code sort} gives (by the query that ranks
     * its matches, {@link LuceneQueries.Built#ranked}); empty when it is the same page.
     */
    static Optional<String> differenceFromEveryMatch(IndexSearcher searcher, SearchRequest request, Sort sort,
                                                     int window, ScoreDoc[] page, String how) throws IOException {
        ScoreDoc[] every = searcher.search(LuceneQueries.build(request).ranked(),
                new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE)).scoreDocs;
        return describe(every).equals(describe(page)) ? Optional.empty()
                : Optional.of(request.query() + " " + request.years() + " top " + window + ": every match "
                        + describe(every) + ", " + how + " " + describe(page));
    }

    /** A page as two pages are compared: each hit's doc id and sort values, in order. */
    static List<String> describe(ScoreDoc[] hits) {
        return Arrays.stream(hits).map(hit -> hit.doc + Arrays.toString(((FieldDoc) hit).fields)).toList();
    }
}
