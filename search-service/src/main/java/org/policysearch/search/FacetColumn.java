package org.policysearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.policysearch.index.IndexSchema.Facet;

/**
 * One facet dimension's values of every entry, read from its doc values once per index snapshot
 * and held as ordinals in arrays indexed by global doc id. A broad search counts hundreds of
 * thousands of matches per dimension: through doc values iterators that was about 40 % of a common
 * word's first search at 1 GB.
 */
final class FacetColumn {

    /** Values by ordinal, in the doc values' order (UTF-8 byte order), so ties rank as Lucene ranks them. */
    private final String[] labels;
    private final Map<String, Integer> ordinals;
    /**
     * Per global doc id, where its ordinals start in {@link #values} (one more entry closes the
     * last); null when no entry has more than one value, and then {@code values[doc]} is its
     * ordinal or -1.
     */
    private final int[] starts;
    private final int[] values;

    private FacetColumn(String[] labels, int[] starts, int[] values) {
        this.labels = labels;
        this.starts = starts;
        this.values = values;
        this.ordinals = new HashMap<>(labels.length * 2);
        for (int ord = 0; ord < labels.length; ord++) {
            ordinals.put(labels[ord], ord);
        }
    }

    /** The dimension's column, or empty when no entry of the index has a value in it. */
    static Optional<FacetColumn> load(IndexReader reader, Facet facet) throws IOException {
        SortedSetDocValues docValues = MultiDocValues.getSortedSetValues(reader, facet.field());
        if (docValues == null || docValues.getValueCount() == 0) {
            return Optional.empty();
        }
        String[] labels = new String[Math.toIntExact(docValues.getValueCount())];
        for (int ord = 0; ord < labels.length; ord++) {
            labels[ord] = FacetsConfig.stringToPath(docValues.lookupOrd(ord).utf8ToString())[1];
        }
        int maxDoc = reader.maxDoc();
        int[] starts = new int[maxDoc + 1];
        int[] values = new int[maxDoc];
        int used = 0;
        int next = 0;
        boolean multiValued = false;
        for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
            for (; next <= doc; next++) {
                starts[next] = used;
            }
            int count = docValues.docValueCount();
            multiValued |= count > 1;
            if (used + count > values.length) {
                values = Arrays.copyOf(values, Math.max(used + count, values.length + values.length / 2));
            }
            for (int i = 0; i < count; i++) {
                values[used++] = (int) docValues.nextOrd();
            }
        }
        for (; next <= maxDoc; next++) {
            starts[next] = used;
        }
        return Optional.of(multiValued ? new FacetColumn(labels, starts, Arrays.copyOf(values, used))
                : new FacetColumn(labels, null, singleValues(starts, values, maxDoc)));
    }

    /** Each entry's one ordinal, or -1 for none. */
    private static int[] singleValues(int[] starts, int[] values, int maxDoc) {
        int[] single = new int[maxDoc];
        for (int doc = 0; doc < maxDoc; doc++) {
            single[doc] = starts[doc] < starts[doc + 1] ? values[starts[doc]] : -1;
        }
        return single;
    }

    /** How many values the dimension has: the size of a counts array. */
    int size() {
        return labels.length;
    }

    String label(int ordinal) {
        return labels[ordinal];
    }

    /** The value of the entry with global doc id {@code doc} in a single-valued column, or null. */
    String valueOf(int doc) {
        if (starts != null) {
            throw new IllegalStateException("a multi-valued column has no single value per entry");
        }
        return values[doc] < 0 ? null : labels[values[doc]];
    }

    /** The ordinal of a value, or -1 when no entry has it. */
    int ordinal(String label) {
        return ordinals.getOrDefault(label, -1);
    }

    /** Adds the values of the entry with global doc id {@code doc} to {@code counts}. */
    void add(int doc, int[] counts) {
        if (starts == null) {
            int ord = values[doc];
            if (ord >= 0) {
                counts[ord]++;
            }
            return;
        }
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            counts[values[i]]++;
        }
    }
}
