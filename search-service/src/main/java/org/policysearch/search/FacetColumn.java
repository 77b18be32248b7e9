package org.policysearch.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.policysearch.index.IndexSchema.Facet;

/**
 * One facet dimension's values of every entry, read from its doc values once per index snapshot
 * and held as {@link Ordinals} indexed by global doc id. A broad search counts hundreds of
 * thousands of matches per dimension: through doc values iterators that was about 40 % of a common
 * word's first search at 1 GB.
 */
final class FacetColumn implements MatchCounting.Column {

    /** Values by ordinal, in the doc values' order (UTF-8 byte order), so ties rank as Lucene ranks them. */
    private final String[] labels;
    private final Map<String, Integer> ordinals;
    private final Ordinals values;

    private FacetColumn(String[] labels, Ordinals values) {
        this.labels = labels;
        this.values = values;
        this.ordinals = new HashMap<>(labels.length * 2);
        for (int ord = 0; ord < labels.length; ord++) {
            ordinals.put(labels[ord], ord);
        }
    }

    /** The column of every dimension some entry of the index has a value in. */
    static Map<Facet, FacetColumn> loadAll(IndexReader reader) throws IOException {
        Map<Facet, FacetColumn> columns = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            load(reader, facet).ifPresent(column -> columns.put(facet, column));
        }
        return Map.copyOf(columns);
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
        return Optional.of(new FacetColumn(labels, Ordinals.read(docValues, reader.maxDoc())));
    }

    /** How many values the dimension has: the size of a counts array. */
    @Override
    public int size() {
        return labels.length;
    }

    String label(int ordinal) {
        return labels[ordinal];
    }

    /** The value of the entry with global doc id {@code doc} in a single-valued column, or null. */
    String valueOf(int doc) {
        int ordinal = ordinalOf(doc);
        return ordinal == Ordinals.NONE ? null : labels[ordinal];
    }

    /** The ordinal of the entry with global doc id {@code doc} in a single-valued column, or {@link Ordinals#NONE}. */
    int ordinalOf(int doc) {
        return values.single(doc);
    }

    /** The ordinal of a value, or -1 when no entry has it. */
    int ordinal(String label) {
        return ordinals.getOrDefault(label, -1);
    }

    @Override
    public void add(int[] docs, int count, int[] counts) {
        values.add(docs, count, counts);
    }

    /** Every entry's ordinals, by global doc id. */
    Ordinals ordinals() {
        return values;
    }
}
