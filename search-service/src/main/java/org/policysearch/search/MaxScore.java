package org.policysearch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/** The highest score any entry can have by a query, from the postings' impacts. */
final class MaxScore {

    /**
     * How far above a bound a score must be to be known to beat it: a score is a float sum, and a
     * bound one too, added in another order.
     */
    static final double ROUNDING = 1e-5;

    private MaxScore() {
    }

    /** A weight of {@code query} whose scorers know their highest scores, and score as any other. */
    static Weight weight(IndexSearcher searcher, Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
    }

    static double of(IndexSearcher searcher, Weight weight) throws IOException {
        double max = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                scorer.advanceShallow(0);
                max = Math.max(max, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
            }
        }
        return max;
    }

    /** {@code bound} raised by the rounding of float sums. */
    static double withRounding(double bound) {
        return bound + Math.abs(bound) * ROUNDING;
    }
}
