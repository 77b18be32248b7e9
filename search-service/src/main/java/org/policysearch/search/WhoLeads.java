package org.policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
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
 * values, no stored fields read. Agencies group by canonical name, or by latest successor when
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
        final List<String> taskIds = new ArrayList<>();
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

    private WhoLeads() {
    }

    static List<LeadRanking> rank(IndexSearcher searcher, Query query, boolean fold) throws IOException {
        Map<String, Tally> tallies = new HashMap<>();
        int[] total = {0};
        // The searcher has no executor, so leaves are collected one after another on this thread
        // and the shared tallies need no locking.
        searcher.search(query, new SingleThreadCollectorManager(() -> new SimpleCollector() {
            private SortedSetDocValues lead;
            private SortedSetDocValues cooperating;
            private SortedDocValues ids;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                lead = DocValues.getSortedSet(context.reader(), IndexSchema.LEAD_WHO);
                cooperating = DocValues.getSortedSet(context.reader(), IndexSchema.COOPERATING_WHO);
                ids = DocValues.getSorted(context.reader(), IndexSchema.ID);
            }

            @Override
            public void collect(int doc) throws IOException {
                total[0]++;
                String taskId = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
                if (lead.advanceExact(doc)) {
                    for (int i = 0; i < lead.docValueCount(); i++) {
                        List<String> parts = TaskDocuments.whoParts(lead.lookupOrd(lead.nextOrd()));
                        Tally tally = tallies.computeIfAbsent(parts.get(fold ? SUCCESSOR : CANONICAL), Tally::new);
                        if (tally.taskIds.isEmpty() || !tally.taskIds.get(tally.taskIds.size() - 1).equals(taskId)) {
                            tally.lead++;
                            tally.taskIds.add(taskId);
                        }
                        tally.writtenLeading.merge(parts.get(WRITTEN), 1, Integer::sum);
                    }
                }
                if (cooperating.advanceExact(doc)) {
                    String last = null;
                    for (int i = 0; i < cooperating.docValueCount(); i++) {
                        List<String> parts = TaskDocuments.whoParts(cooperating.lookupOrd(cooperating.nextOrd()));
                        String key = parts.get(fold ? SUCCESSOR : CANONICAL);
                        Tally tally = tallies.computeIfAbsent(key, Tally::new);
                        if (!key.equals(last)) {
                            tally.cooperating++;
                        }
                        tally.writtenCooperating.merge(parts.get(WRITTEN), 1, Integer::sum);
                        last = key;
                    }
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }));
        return tallies.values().stream()
                .sorted(Comparator.<Tally>comparingInt(t -> -t.lead)
                        .thenComparingInt(t -> -t.cooperating)
                        .thenComparing(t -> t.key))
                .limit(Limits.LEADING_AGENCIES)
                .map(t -> new LeadRanking(t.name(), t.key, t.lead, t.cooperating,
                        total[0] == 0 ? 0 : (double) t.lead / total[0], sortedTaskIds(t.taskIds)))
                .toList();
    }

    /** Task ids in document order, then by task number: {@code d#2} before {@code d#10}. */
    private static List<String> sortedTaskIds(List<String> taskIds) {
        return taskIds.stream().sorted(Comparator
                .comparing((String id) -> id.substring(0, id.lastIndexOf('#')))
                .thenComparingInt(id -> Integer.parseInt(id.substring(id.lastIndexOf('#') + 1))))
                .toList();
    }
}
