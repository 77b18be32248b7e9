package org.policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.TaskDocuments;
import org.policysearch.task.TaskRecord;

/**
 * Which agencies lead the tasks a search matches: one pass over the matching tasks' who-leads doc
 * values, each slice of the searcher counting on its own and the slices' tallies added up after.
 * Each segment's values are decoded once per ordinal, not once per task, and task ids are read
 * only for the evidence returned. Agencies group by canonical name, or by latest successor when
 * folding; each shows the form the notices write most often.
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
        /** Global doc ids of the first tasks it leads, ascending. */
        final List<Integer> evidence = new ArrayList<>();
        final Map<String, Integer> writtenLeading = new HashMap<>();
        final Map<String, Integer> writtenCooperating = new HashMap<>();

        Tally(String key) {
            this.key = key;
        }

        /** Counts a task it leads as evidence while fewer than the limit are known, or when it comes earlier. */
        void evidence(int doc) {
            if (evidence.size() == Limits.LEAD_EVIDENCE && doc > evidence.getLast()) {
                return;
            }
            int at = evidence.size();
            while (at > 0 && evidence.get(at - 1) > doc) {
                at--;
            }
            evidence.add(at, doc);
            if (evidence.size() > Limits.LEAD_EVIDENCE) {
                evidence.removeLast();
            }
        }

        /** Adds another slice's tally of the same agency (slices never share a task). */
        void add(Tally other) {
            lead += other.lead;
            cooperating += other.cooperating;
            other.evidence.forEach(this::evidence);
            other.writtenLeading.forEach((name, n) -> writtenLeading.merge(name, n, Integer::sum));
            other.writtenCooperating.forEach((name, n) -> writtenCooperating.merge(name, n, Integer::sum));
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
    private static final class SegmentOrdinals {
        final SortedSetDocValues values;
        final Tally[] tallies;
        final int[] seen;

        SegmentOrdinals(SortedSetDocValues values) {
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

    /** One slice's counting, into tallies of its own: slices run on different threads. */
    private static final class SliceCounter extends SimpleCollector {
        final Map<String, Tally> tallies = new HashMap<>();
        int total;
        private final int keyPart;
        private SegmentOrdinals lead;
        private SegmentOrdinals cooperating;
        private int docBase;

        SliceCounter(int keyPart) {
            this.keyPart = keyPart;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            lead = new SegmentOrdinals(DocValues.getSortedSet(context.reader(), IndexSchema.LEAD_WHO));
            cooperating = new SegmentOrdinals(DocValues.getSortedSet(context.reader(), IndexSchema.COOPERATING_WHO));
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            int global = docBase + doc;
            if (lead.values.advanceExact(doc)) {
                for (int i = 0; i < lead.values.docValueCount(); i++) {
                    Tally tally = tally(lead, (int) lead.values.nextOrd());
                    if (tally.lastLeadDoc != global) { // folding may map two leads to one agency
                        tally.lastLeadDoc = global;
                        tally.lead++;
                        tally.evidence(global);
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

        private Tally tally(SegmentOrdinals ordinals, int ord) throws IOException {
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
    }

    private WhoLeads() {
    }

    /** @param documents the snapshot's document column, which names the evidence tasks' documents */
    static List<LeadRanking> rank(IndexSearcher searcher, FacetColumn documents, Query query, boolean fold)
            throws IOException {
        int keyPart = fold ? SUCCESSOR : CANONICAL;
        SliceCounter all = searcher.search(query, new CollectorManager<SliceCounter, SliceCounter>() {
            @Override
            public SliceCounter newCollector() {
                return new SliceCounter(keyPart);
            }

            @Override
            public SliceCounter reduce(Collection<SliceCounter> slices) {
                SliceCounter sum = new SliceCounter(keyPart);
                for (SliceCounter slice : slices) {
                    sum.total += slice.total;
                    slice.tallies.forEach((key, tally) -> sum.tallies.computeIfAbsent(key, Tally::new).add(tally));
                }
                return sum;
            }
        });
        List<LeadRanking> ranking = new ArrayList<>();
        for (Tally t : all.tallies.values().stream()
                .sorted(Comparator.<Tally>comparingInt(t -> -t.lead)
                        .thenComparingInt(t -> -t.cooperating)
                        .thenComparing(t -> t.key))
                .limit(Limits.LEADING_AGENCIES)
                .toList()) {
            ranking.add(new LeadRanking(t.name(), t.key, t.lead, t.cooperating,
                    all.total == 0 ? 0 : (double) t.lead / all.total, taskIds(searcher, documents, t.evidence)));
        }
        return ranking;
    }

    /**
     * Task ids of global doc ids (ascending), in document order, then by task number: {@code d#2}
     * before {@code d#10}. The document comes from the snapshot's document column, the number
     * from one forward doc-values iterator per segment: looking ids up in the id field's
     * dictionary of every task was a third of a who-leads search at 1 GB.
     */
    private static List<String> taskIds(IndexSearcher searcher, FacetColumn documents, List<Integer> docs)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        record Id(String docId, int number) {
        }
        List<Id> ids = new ArrayList<>(docs.size());
        LeafReaderContext leaf = null;
        NumericDocValues numbers = null;
        for (int global : docs) {
            if (leaf == null || global >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(global, leaves));
                numbers = DocValues.getNumeric(leaf.reader(), IndexSchema.TASK_NUMBER);
            }
            if (numbers.advanceExact(global - leaf.docBase)) {
                ids.add(new Id(documents.valueOf(global), (int) numbers.longValue()));
            }
        }
        return ids.stream()
                .sorted(Comparator.comparing(Id::docId).thenComparingInt(Id::number))
                .map(id -> TaskRecord.idOf(id.docId(), id.number()))
                .toList();
    }
}
