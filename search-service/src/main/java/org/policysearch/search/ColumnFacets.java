package org.policysearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Facet counts of one search, by dimension name: per dimension its column and a count per
 * ordinal. Values rank by count, ties by ordinal (as Lucene's sorted-set facet counts rank them);
 * a dimension without counts has no result, as in Lucene.
 */
final class ColumnFacets extends Facets {

    /** One dimension's counts. */
    record Counted(FacetColumn column, int[] counts) {
    }

    /** The dimension value of a result: not counted (a task may have several values in a dimension). */
    private static final int UNCOUNTED = -1;

    private final Map<String, Counted> byDim;

    ColumnFacets(Map<String, Counted> byDim) {
        this.byDim = byDim;
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) {
        validateTopN(topN);
        return result(dim, top(dim, topN));
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
        int[] ordinals = counted(dim).toArray();
        return result(dim, new Top(ordinals, ordinals.length));
    }

    @Override
    public Number getSpecificValue(String dim, String... path) {
        Counted counted = byDim.get(dim);
        int ord = counted == null || path.length != 1 ? -1 : counted.column().ordinal(path[0]);
        return ord < 0 ? UNCOUNTED : counted.counts()[ord];
    }

    @Override
    public List<FacetResult> getAllDims(int topN) {
        validateTopN(topN);
        List<FacetResult> out = new ArrayList<>();
        for (String dim : byDim.keySet()) {
            FacetResult top = getTopChildren(topN, dim);
            if (top != null) {
                out.add(top);
            }
        }
        return out;
    }

    /** Ordinals with a count, in ordinal order. */
    private IntStream counted(String dim) {
        Counted counted = byDim.get(dim);
        return counted == null ? IntStream.empty()
                : IntStream.range(0, counted.counts().length).filter(ord -> counted.counts()[ord] > 0);
    }

    /** Ordinals best first, and how many ordinals of the dimension have a count. */
    private record Top(int[] ordinals, int childCount) {
    }

    /**
     * The {@code topN} ordinals with the highest counts, best first: one pass counting the ordinals
     * with a count, and one keeping the best so far in order, as a dimension may have tens of
     * thousands of values (documents). Counted in one pass, whether each count was positive was a
     * branch the predictor could not learn when a third to all of the documents have a match: at
     * 1 GB, the document counts of 探索 (40,216 of 55,402 notices), one thread, 128–133 → 33 µs; of
     * 毛里塔尼亚 (1,526) 35–37 → 32 µs. Whole searches ({@code bin/benchmark compare}, twice):
     * two-character words −9.7 % and −10.7 %, phrases −5.9 % and −4.5 %, the rest +2.6 % to −4.1 %.
     */
    private Top top(String dim, int topN) {
        Counted counted = byDim.get(dim);
        if (counted == null) {
            return new Top(new int[0], 0);
        }
        int[] counts = counted.counts();
        int childCount = 0;
        for (int count : counts) {
            childCount += -count >>> 31; // one for a positive count
        }
        int[] best = new int[Math.min(topN, counts.length)];
        int size = 0;
        int threshold = 0; // what a count must exceed to enter: the last kept, once the list is full
        for (int ord = 0; ord < counts.length; ord++) {
            int count = counts[ord];
            if (count <= threshold) {
                continue; // a later ordinal with an equal count ranks after
            }
            int at = size == best.length ? size - 1 : size++;
            while (at > 0 && counts[best[at - 1]] < count) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = ord;
            if (size == best.length) {
                threshold = counts[best[size - 1]];
            }
        }
        return new Top(Arrays.copyOf(best, size), childCount);
    }

    private FacetResult result(String dim, Top top) {
        int[] ordinals = top.ordinals();
        if (ordinals.length == 0) {
            return null;
        }
        Counted counted = byDim.get(dim);
        LabelAndValue[] values = new LabelAndValue[ordinals.length];
        for (int i = 0; i < ordinals.length; i++) {
            values[i] = new LabelAndValue(counted.column().label(ordinals[i]), counted.counts()[ordinals[i]]);
        }
        return new FacetResult(dim, new String[0], UNCOUNTED, values, top.childCount());
    }
}
