package org.policysearch.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * A collector that counts its matches a batch of global doc ids at a time, each leaf's last,
 * partial batch included when the leaf ends: a batch lets the counting read a column in a loop of
 * its own, and read sparse matches ahead before counting them. One per slice; not shared between
 * threads.
 */
abstract class MatchBatches implements Collector {

    /** Doc ids counted together. */
    static final int BATCH = 1024;

    private final int[] batch = new int[BATCH];
    private int size;
    private long total;

    /** Counts the first {@code count} doc ids of {@code docs} (global, ascending). */
    protected abstract void count(int[] docs, int count);

    /** How many matches were counted, this slice's and those of the slices added to it. */
    final long total() {
        return total;
    }

    /** Adds another slice's number of matches to this one's. */
    final void addTotal(MatchBatches other) {
        total += other.total;
    }

    @Override
    public final ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public final LeafCollector getLeafCollector(LeafReaderContext context) {
        int docBase = context.docBase;
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) {
                batch[size++] = docBase + doc;
                if (size == BATCH) {
                    flush();
                }
            }

            @Override
            public void finish() {
                flush();
            }
        };
    }

    private void flush() {
        count(batch, size);
        total += size;
        size = 0;
    }
}
