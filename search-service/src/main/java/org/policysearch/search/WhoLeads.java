package org.policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.TaskDocuments;

/**
 * Which agencies lead the tasks a search matches: one pass over the matching tasks' who-leads doc
 * values. Each segment's values are decoded once per ordinal, not once per task, and task ids are
 * read only for the evidence returned. Agencies group by canonical name, or by latest successor
 * when folding; each shows the form the notices write most often.
 */
final class WhoLeads {

    private static final int SUCCESSOR = 0;
    private static final int CANONICAL = 1;
    private static final int WRITTEN = 2;

    /** How one agency stands, while counting. */
    private static final class Tally {
        final String key;
        int lead;
        int cooperating;
        int lastLeadDoc = -1;
        int lastCooperatingDoc = -1;
        /** Global doc ids of the first tasks it leads, in index order. */
        final List<Integer> evidence = new ArrayList<>();
        final Map<String, Integer> writtenLeading = new HashMap<>();
        final Map<String, Integer> writtenCooperating = new HashMap<>();

        Tally(String key) {
            this.key = key;
        }

        /**
         * The form the notices write most often where the agency leads (where it only cooperates,
         * there); ties go to the shorter, then the first in code-point order.
         */
        String name() {
            return (writtenLeading.isEmpty() ? writtenCooperating : writtenLeading).entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparingInt(e -> e.getKey().length())
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey)
                    .orElse(key);
        }
    }

    /** One segment's view of a who-leads field: per ordinal, its tally and how often it was seen. */
    private static final class Ordinals {
        final SortedSetDocValues values;
        final Tally[] tallies;
        final int[] seen;

        Ordinals(SortedSetDocValues values) {
            this.values = values;
            int count = (int) values.getValueCount();
            this.tallies = new Tally[count];
            this.seen = new int[count];
        }

        /** Folds the segment's written forms into the tallies. */
        void finish(boolean leading) throws IOException {
            for (int ord = 0; ord < seen.length; ord++) {
                if (seen[ord] > 0) {
                    String written = TaskDocuments.whoParts(values.lookupOrd(ord)).get(WRITTEN);
                    (leading ? tallies[ord].writtenLeading : tallies[ord].writtenCooperating)
                            .merge(written, seen[ord], Integer::sum);
                }
            }
        }
    }

    private WhoLeads() {
    }

    static List<LeadRanking> rank(IndexSearcher searcher, Query query, boolean fold) throws IOException {
        Map<String, Tally> tallies = new HashMap<>();
        int[] total = {0};
        int keyPart = fold ? SUCCESSOR : CANONICAL;
        // The searcher has no executor: leaves are collected one after another on this thread,
        // so the shared tallies need no locking.
        searcher.search(query, new SingleThreadCollectorManager(() -> new SimpleCollector() {
            private Ordinals lead;
            private Ordinals cooperating;
            private int docBase;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                lead = new Ordinals(DocValues.getSortedSet(context.reader(), IndexSchema.LEAD_WHO));
                cooperating = new Ordinals(DocValues.getSortedSet(context.reader(), IndexSchema.COOPERATING_WHO));
                docBase = context.docBase;
            }

            @Override
            public void collect(int doc) throws IOException {
                total[0]++;
                int global = docBase + doc;
                if (lead.values.advanceExact(doc)) {
                    for (int i = 0; i < lead.values.docValueCount(); i++) {
                        Tally tally = tally(lead, (int) lead.values.nextOrd());
                        if (tally.lastLeadDoc != global) { // folding may map two leads to one agency
                            tally.lastLeadDoc = global;
                            tally.lead++;
                            if (tally.evidence.size() < Limits.LEAD_EVIDENCE) {
                                tally.evidence.add(global);
                            }
                        }
                    }
                }
                if (cooperating.values.advanceExact(doc)) {
                    for (int i = 0; i < cooperating.values.docValueCount(); i++) {
                        Tally tally = tally(cooperating, (int) cooperating.values.nextOrd());
                        if (tally.lastCooperatingDoc != global) {
                            tally.lastCooperatingDoc = global;
                            tally.cooperating++;
                        }
                    }
                }
            }

            private Tally tally(Ordinals ordinals, int ord) throws IOException {
                ordinals.seen[ord]++;
                Tally tally = ordinals.tallies[ord];
                if (tally == null) {
                    String key = TaskDocuments.whoParts(ordinals.values.lookupOrd(ord)).get(keyPart);
                    tally = ordinals.tallies[ord] = tallies.computeIfAbsent(key, Tally::new);
                }
                return tally;
            }

            @Override
            public void finish() throws IOException {
                lead.finish(true);
                cooperating.finish(false);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }));
        List<LeadRanking> ranking = new ArrayList<>();
        for (Tally t : tallies.values().stream()
                .sorted(Comparator.<Tally>comparingInt(t -> -t.lead)
                        .thenComparingInt(t -> -t.cooperating)
                        .thenComparing(t -> t.key))
                .limit(Limits.LEADING_AGENCIES)
                .toList()) {
            ranking.add(new LeadRanking(t.name(), t.key, t.lead, t.cooperating,
                    total[0] == 0 ? 0 : (double) t.lead / total[0], taskIds(searcher, t.evidence)));
        }
        return ranking;
    }

    /**
     * Task ids of global doc ids (ascending, as collected), in document order, then by task
     * number: {@code d#2} before {@code d#10}. One id iterator per segment, advanced forwards.
     */
    private static List<String> taskIds(IndexSearcher searcher, List<Integer> docs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<String> ids = new ArrayList<>(docs.size());
        LeafReaderContext leaf = null;
        SortedDocValues idValues = null;
        for (int global : docs) {
            if (leaf == null || global >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(global, leaves));
                idValues = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
            }
            if (idValues.advanceExact(global - leaf.docBase)) {
                ids.add(idValues.lookupOrd(idValues.ordValue()).utf8ToString());
            }
        }
        ids.sort(Comparator.comparing((String id) -> id.substring(0, id.lastIndexOf('#')))
                .thenComparingInt(id -> Integer.parseInt(id.substring(id.lastIndexOf('#') + 1))));
        return ids;
    }
}
