package org.policysearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.TaskDocuments;

/**
 * Every task's who-leads values, read once per index snapshot: per role, the ordinals of each
 * task's {@code successor␟canonical␟written} values as {@link Ordinals}, and per ordinal its written
 * form and its agency, numbered in one key space per grouping (canonical name, or latest successor
 * when folding) shared by both roles. A ranking then counts in arrays; through the doc values
 * iterators that was 58 % of a who-leads search at 1 GB.
 */
final class WhoColumns {

    private static final int SUCCESSOR = 0;
    private static final int CANONICAL = 1;
    private static final int WRITTEN = 2;

    /**
     * One role's column.
     *
     * @param written   the written form of each ordinal
     * @param canonical the canonical agency key of each ordinal
     * @param successor the latest-successor agency key of each ordinal
     */
    record Role(Ordinals values, String[] written, int[] canonical, int[] successor) {

        /** The agency key of each ordinal, by canonical name or, folding, by latest successor. */
        int[] keys(boolean fold) {
            return fold ? successor : canonical;
        }
    }

    private final Role lead;
    private final Role cooperating;
    private final String[] canonicalKeys;
    private final String[] successorKeys;

    private WhoColumns(Role lead, Role cooperating, String[] canonicalKeys, String[] successorKeys) {
        this.lead = lead;
        this.cooperating = cooperating;
        this.canonicalKeys = canonicalKeys;
        this.successorKeys = successorKeys;
    }

    static WhoColumns load(IndexReader reader) throws IOException {
        Map<String, Integer> canonical = new HashMap<>();
        Map<String, Integer> successor = new HashMap<>();
        Role lead = role(reader, IndexSchema.LEAD_WHO, canonical, successor);
        Role cooperating = role(reader, IndexSchema.COOPERATING_WHO, canonical, successor);
        return new WhoColumns(lead, cooperating, names(canonical), names(successor));
    }

    Role lead() {
        return lead;
    }

    Role cooperating() {
        return cooperating;
    }

    /** The agency names of a grouping's keys, by key. */
    String[] keys(boolean fold) {
        return fold ? successorKeys : canonicalKeys;
    }

    private static Role role(IndexReader reader, String field, Map<String, Integer> canonical,
                             Map<String, Integer> successor) throws IOException {
        SortedSetDocValues docValues = MultiDocValues.getSortedSetValues(reader, field);
        if (docValues == null) {
            return new Role(Ordinals.of(new int[reader.maxDoc() + 1], new int[0], 0), new String[0], new int[0],
                    new int[0]);
        }
        int count = Math.toIntExact(docValues.getValueCount());
        String[] written = new String[count];
        int[] canonicalKeys = new int[count];
        int[] successorKeys = new int[count];
        for (int ord = 0; ord < count; ord++) {
            List<String> parts = TaskDocuments.whoParts(docValues.lookupOrd(ord));
            written[ord] = parts.get(WRITTEN);
            canonicalKeys[ord] = canonical.computeIfAbsent(parts.get(CANONICAL), name -> canonical.size());
            successorKeys[ord] = successor.computeIfAbsent(parts.get(SUCCESSOR), name -> successor.size());
        }
        return new Role(Ordinals.read(docValues, reader.maxDoc()), written, canonicalKeys, successorKeys);
    }

    private static String[] names(Map<String, Integer> keys) {
        String[] names = new String[keys.size()];
        keys.forEach((name, key) -> names[key] = name);
        return names;
    }
}
