package org.policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;

/**
 * The first hits by relevance of a search that visits every match anyway (to count them), scoring
 * only the matches that can still reach the page. A match's score is at most the highest scores of
 * the query's bounded parts plus the exact scores of its title's ranking words
 * ({@link LuceneQueries.ScoreParts}); once that is below the page's lowest score so far, the match
 * is passed over unscored, and the text's ranking words, the densest postings of a search, are not
 * advanced to it. The page is the one ranking every match gives: a match passed over scores below
 * a score already on the page, which only rises. On the 1 GB mix (the counting pass alone, both
 * ways alternating in one JVM, medians of 60) the phrases took 4.82 ms on average where ranking
 * every match took 5.33, and 义务教育 9.14 where it took 10.80 ms, ranking 15 % of its 132,163
 * matches.
 */
final class CompetitiveRanking implements CollectorManager<CompetitiveRanking.SliceRanker, TopFieldDocs> {

    /** Matches checked in a row before deciding whether checking pays. */
    private static final int CHECKS = 512;

    /**
     * Matches ranked unchecked when fewer than half of the last {@link #CHECKS} checked were
     * passed over: a match checked and then ranked reads its title's postings twice, which made
     * the phrase 生态建设 (whose titles mostly hold its words) 8.3 → 10.6 ms when every match was
     * checked, and 8.1 → 8.1 with the pauses.
     */
    private static final int PAUSE = 4096;

    private final TopFieldCollectorManager top;
    private final List<Weight> exact;
    private final double bounded;
    private final double highest;
    private final LongAdder ranked = new LongAdder();

    private CompetitiveRanking(TopFieldCollectorManager top, List<Weight> exact, double bounded, double highest) {
        this.top = top;
        this.exact = exact;
        this.bounded = bounded;
        this.highest = highest;
    }

    /** For a search sorted by relevance whose score comes in parts; empty otherwise. */
    static Optional<CompetitiveRanking> of(IndexSearcher searcher, Optional<LuceneQueries.ScoreParts> scoreParts,
                                           int window, Sort sort) throws IOException {
        if (scoreParts.isEmpty() || !LuceneSearchBackend.byScore(sort)) {
            return Optional.empty();
        }
        LuceneQueries.ScoreParts parts = scoreParts.get();
        double bounded = 0;
        for (Query part : parts.bounded()) {
            bounded += MaxScore.of(searcher, MaxScore.weight(searcher, part));
        }
        double highest = bounded;
        List<Weight> exact = new ArrayList<>();
        for (Query part : parts.exact()) {
            Weight weight = MaxScore.weight(searcher, part);
            exact.add(weight);
            highest += MaxScore.of(searcher, weight);
        }
        // A threshold of the window lets the page tell its lowest score as Lucene's pruning collectors do.
        return Optional.of(new CompetitiveRanking(new TopFieldCollectorManager(sort, window, null, window),
                List.copyOf(exact), bounded, MaxScore.withRounding(highest)));
    }

    /** How many matches were scored: what shows the others were passed over. */
    long ranked() {
        return ranked.sum();
    }

    @Override
    public SliceRanker newCollector() throws IOException {
        return new SliceRanker(top.newCollector());
    }

    @Override
    public TopFieldDocs reduce(Collection<SliceRanker> slices) throws IOException {
        List<TopFieldCollector> tops = new ArrayList<>();
        for (SliceRanker slice : slices) {
            tops.add(slice.top);
        }
        return top.reduce(tops);
    }

    /** One slice's page; not shared between threads. */
    final class SliceRanker implements Collector {
        private final TopFieldCollector top;

        private SliceRanker(TopFieldCollector top) {
            this.top = top;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE; // every match is seen, only some are scored
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<Scorer> scorers = new ArrayList<>();
            for (Weight weight : exact) {
                Scorer scorer = weight.scorer(context);
                if (scorer != null) {
                    scorers.add(scorer);
                }
            }
            return new Leaf(top.getLeafCollector(context), scorers.toArray(Scorer[]::new));
        }
    }

    private final class Leaf implements LeafCollector {
        private final LeafCollector page;
        private final Scorer[] titleWords;
        private float lowest = Float.NEGATIVE_INFINITY;
        private int checked;
        private int passedOver;
        private int unchecked;
        private long scored;

        Leaf(LeafCollector page, Scorer[] titleWords) {
            this.page = page;
            this.titleWords = titleWords;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            page.setScorer(new FilterScorable(scorer) {
                @Override
                public void setMinCompetitiveScore(float minScore) {
                    lowest = minScore; // the search itself must still visit every match
                }
            });
        }

        @Override
        public void collect(int doc) throws IOException {
            if (unchecked > 0) {
                unchecked--;
            } else if (cannotReachPage(doc)) {
                passedOver++;
                return;
            }
            scored++;
            page.collect(doc);
        }

        private boolean cannotReachPage(int doc) throws IOException {
            if (checked == CHECKS) {
                unchecked = passedOver < CHECKS / 2 ? PAUSE : 0;
                checked = 0;
                passedOver = 0;
            }
            checked++;
            if (highest < lowest) {
                return true;
            }
            if (bounded >= lowest) {
                return false; // no title can make the difference: not worth reading the title's postings
            }
            double bound = bounded;
            for (Scorer scorer : titleWords) {
                DocIdSetIterator postings = scorer.iterator();
                int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
                if (at == doc) {
                    bound += scorer.score();
                }
            }
            return MaxScore.withRounding(bound) < lowest;
        }

        @Override
        public void finish() throws IOException {
            page.finish();
            ranked.add(scored);
        }
    }
}
