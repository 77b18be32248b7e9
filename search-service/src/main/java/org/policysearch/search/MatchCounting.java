package org.policysearch.search;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.search.CollectorManager;

/**
 * Counts the matches of a search and their values in some facet columns while the search collects
 * them: each slice of a partitioned search counts on its own thread, a batch of doc ids at a time
 * in each column (a batch lets each column count in a loop of its own), and the slices' counts are
 * added up at the end. Gathering a hit set first and counting it afterwards cost a bit set per
 * slice, a merge of the slices' sets on the calling thread and a second walk over the hits: at 1 GB
 * counting as the search collects took the mix's p50 down 7 % for common words and 15 % for
 * filtered searches (which count two sets), and its CPU time 6 % (eight runs of each, alternating).
 */
final class MatchCounting implements CollectorManager<MatchCounting.SliceCounter, MatchCounting.Counted> {

    /** How many tasks matched, and for each column given, a count per value. */
    record Counted(long total, List<int[]> counts) {
    }

    /** Values per entry, counted into an array of counts per value. */
    interface Column {

        /** How many values there are: the size of a counts array. */
        int size();

        /** Adds the values of the entries whose global doc ids are {@code docs[0..count)} to {@code counts}. */
        void add(int[] docs, int count, int[] counts);
    }

    private final List<Column> columns;

    MatchCounting(List<? extends Column> columns) {
        this.columns = List.copyOf(columns);
    }

    @Override
    public SliceCounter newCollector() {
        return new SliceCounter(columns);
    }

    /**
     * Adds the other slices' counts into the first slice's: the document column has a count per
     * notice (55,402 at 1 GB), and a fresh array for the sums was one more to clear and fill per
     * search. {@code bin/benchmark compare} at 1 GB, two runs: rare words −4.6 % and −3.6 %, the
     * other classes −4.6 % to +2.0 % (within the noise), answers identical.
     */
    @Override
    public Counted reduce(Collection<SliceCounter> slices) {
        Iterator<SliceCounter> each = slices.iterator();
        SliceCounter sum = each.hasNext() ? each.next() : newCollector();
        while (each.hasNext()) {
            sum.add(each.next());
        }
        return new Counted(sum.total(), List.of(sum.counts));
    }

    /** One slice's counts, a batch of matches at a time in each column. */
    static final class SliceCounter extends MatchBatches {
        private final Column[] columns;
        private final int[][] counts;

        private SliceCounter(List<Column> columns) {
            this.columns = columns.toArray(Column[]::new);
            this.counts = new int[this.columns.length][];
            for (int c = 0; c < this.columns.length; c++) {
                counts[c] = new int[this.columns[c].size()];
            }
        }

        @Override
        protected void count(int[] docs, int count) {
            for (int c = 0; c < columns.length; c++) {
                columns[c].add(docs, count, counts[c]);
            }
        }

        /** Adds another slice's total and counts to this one's. */
        private void add(SliceCounter other) {
            addTotal(other);
            for (int c = 0; c < counts.length; c++) {
                for (int ord = 0; ord < counts[c].length; ord++) {
                    counts[c][ord] += other.counts[c][ord];
                }
            }
        }
    }
}
