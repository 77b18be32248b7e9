package org.policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.policysearch.index.IndexSchema;
import org.policysearch.task.TaskRecord;

/**
 * Which agencies lead the tasks a search matches: one pass over the matching tasks' who-leads
 * columns ({@link WhoColumns}), each slice of the searcher counting into arrays of its own and the
 * slices' counts added up after. Task ids are read only for the evidence returned. Agencies group
 * by canonical name, or by latest successor when folding; each shows the form the notices write
 * most often.
 */
final class WhoLeads {

    /** One role's counts in one slice: its tasks per agency key, and how often each written form was seen. */
    private static final class RoleCount {
        final WhoColumns.Role role;
        /** The agency key of each of the role's ordinals. */
        final int[] keyOf;
        /** Per key, the matching tasks that name it in this role. */
        final int[] tasks;
        /** Per ordinal: how often the matches hold it, for the written forms. */
        final int[] seen;
        /** The last task counted for each key, so that two values folding into one agency count once. */
        private final int[] lastTask;

        RoleCount(WhoColumns.Role role, boolean fold, int keys) {
            this.role = role;
            keyOf = role.keys(fold);
            tasks = new int[keys];
            seen = new int[keyOf.length];
            lastTask = new int[keys];
            Arrays.fill(lastTask, -1);
        }

        /**
         * Counts {@code task}'s values in this role ({@code ordinals}: room for them) and puts the keys
         * it counted in {@code counted}, returning how many.
         */
        int count(int task, int[] ordinals, int[] counted) {
            int n = 0;
            for (int i = 0, values = role.values().copy(task, ordinals); i < values; i++) {
                seen[ordinals[i]]++;
                int key = keyOf[ordinals[i]];
                if (lastTask[key] != task) {
                    lastTask[key] = task;
                    tasks[key]++;
                    counted[n++] = key;
                }
            }
            return n;
        }

        void add(RoleCount other) {
            addTo(tasks, other.tasks);
            addTo(seen, other.seen);
        }
    }

    /** One slice's counting, by agency key: slices run on different threads. */
    private static final class SliceCounter extends SimpleCollector {
        final RoleCount lead;
        final RoleCount cooperating;
        /** Per key, the first matching tasks it leads (global doc ids, ascending). */
        final int[][] evidence;
        final int[] evidenceCount;
        int total;
        /** Scratch for one task's ordinals and the keys counted for it. */
        private final int[] ordinals;
        private final int[] counted;
        private int docBase;

        SliceCounter(WhoColumns columns, boolean fold) {
            int keys = columns.keys(fold).length;
            lead = new RoleCount(columns.lead(), fold, keys);
            cooperating = new RoleCount(columns.cooperating(), fold, keys);
            evidence = new int[keys][];
            evidenceCount = new int[keys];
            int widest = Math.max(columns.lead().values().widest(), columns.cooperating().values().widest());
            ordinals = new int[widest];
            counted = new int[widest];
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) {
            total++;
            int global = docBase + doc;
            for (int i = 0, n = lead.count(global, ordinals, counted); i < n; i++) {
                int key = counted[i];
                if (evidenceCount[key] < Limits.LEAD_EVIDENCE) {
                    if (evidence[key] == null) {
                        evidence[key] = new int[Limits.LEAD_EVIDENCE];
                    }
                    evidence[key][evidenceCount[key]++] = global;
                }
            }
            cooperating.count(global, ordinals, counted);
        }

        /** Adds another slice's counts (slices never share a task). */
        void add(SliceCounter other) {
            total += other.total;
            lead.add(other.lead);
            cooperating.add(other.cooperating);
            for (int key = 0; key < evidence.length; key++) {
                if (other.evidenceCount[key] > 0) {
                    int[] both = new int[evidenceCount[key] + other.evidenceCount[key]];
                    if (evidence[key] != null) {
                        System.arraycopy(evidence[key], 0, both, 0, evidenceCount[key]);
                    }
                    System.arraycopy(other.evidence[key], 0, both, evidenceCount[key], other.evidenceCount[key]);
                    Arrays.sort(both);
                    evidenceCount[key] = Math.min(both.length, Limits.LEAD_EVIDENCE);
                    evidence[key] = Arrays.copyOf(both, Math.max(evidenceCount[key], Limits.LEAD_EVIDENCE));
                }
            }
        }

        /** The key's evidence, ascending. */
        int[] evidence(int key) {
            return evidence[key] == null ? new int[0] : Arrays.copyOf(evidence[key], evidenceCount[key]);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private static void addTo(int[] sum, int[] other) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other[i];
        }
    }

    private WhoLeads() {
    }

    /** @param documents the snapshot's document column, which names the evidence tasks' documents */
    static List<LeadRanking> rank(IndexSearcher searcher, FacetColumn documents, WhoColumns columns, Query query,
                                  boolean fold) throws IOException {
        SliceCounter all = searcher.search(query, new CollectorManager<SliceCounter, SliceCounter>() {
            @Override
            public SliceCounter newCollector() {
                return new SliceCounter(columns, fold);
            }

            @Override
            public SliceCounter reduce(Collection<SliceCounter> slices) {
                SliceCounter sum = new SliceCounter(columns, fold);
                slices.forEach(sum::add);
                return sum;
            }
        });
        String[] keys = columns.keys(fold);
        int[] lead = all.lead.tasks;
        int[] cooperating = all.cooperating.tasks;
        List<Integer> ranked = IntStream.range(0, keys.length)
                .filter(key -> lead[key] > 0 || cooperating[key] > 0)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(key -> -lead[key])
                        .thenComparingInt(key -> -cooperating[key])
                        .thenComparing(key -> keys[key]))
                .limit(Limits.LEADING_AGENCIES)
                .toList();
        Map<Integer, String> names = writtenNames(all, ranked);
        List<int[]> evidence = ranked.stream().map(all::evidence).toList();
        TaskIds ids = TaskIds.of(searcher, documents, evidence);
        List<LeadRanking> ranking = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            int key = ranked.get(i);
            ranking.add(new LeadRanking(names.get(key), keys[key], lead[key], cooperating[key],
                    all.total == 0 ? 0 : (double) lead[key] / all.total, ids.of(evidence.get(i))));
        }
        return ranking;
    }

    /**
     * Per ranked key, the form the notices write most often where the agency leads (where it only
     * cooperates, there); ties go to the shorter, then the first in code-point order.
     */
    private static Map<Integer, String> writtenNames(SliceCounter all, List<Integer> ranked) {
        Map<Integer, Map<String, Integer>> counts = new HashMap<>();
        for (int key : ranked) {
            counts.put(key, new HashMap<>());
        }
        for (RoleCount role : List.of(all.lead, all.cooperating)) {
            for (int ord = 0; ord < role.seen.length; ord++) {
                int key = role.keyOf[ord];
                Map<String, Integer> written = counts.get(key);
                if (role.seen[ord] > 0 && written != null && (role == all.lead || all.lead.tasks[key] == 0)) {
                    written.merge(role.role.written()[ord], role.seen[ord], Integer::sum);
                }
            }
        }
        Map<Integer, String> names = new HashMap<>();
        counts.forEach((key, written) -> names.put(key, written.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .orElseThrow()));
        return names;
    }

    /**
     * Task ids of the evidence: the document from the snapshot's document column, the number from
     * one forward doc-values pass over every evidence task of the ranking at once (looking ids up
     * in the id field's dictionary of every task was a third of a who-leads search at 1 GB).
     *
     * @param docs    every evidence task, ascending
     * @param numbers their task numbers, index-aligned ({@link #NO_NUMBER} for none)
     */
    private record TaskIds(FacetColumn documents, int[] docs, int[] numbers) {

        private static final int NO_NUMBER = -1;

        static TaskIds of(IndexSearcher searcher, FacetColumn documents, List<int[]> evidence) throws IOException {
            int[] docs = evidence.stream().flatMapToInt(Arrays::stream).sorted().distinct().toArray();
            int[] numbers = new int[docs.length];
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = null;
            NumericDocValues values = null;
            for (int i = 0; i < docs.length; i++) {
                int global = docs[i];
                if (leaf == null || global >= leaf.docBase + leaf.reader().maxDoc()) {
                    leaf = leaves.get(ReaderUtil.subIndex(global, leaves));
                    values = DocValues.getNumeric(leaf.reader(), IndexSchema.TASK_NUMBER);
                }
                numbers[i] = values.advanceExact(global - leaf.docBase) ? (int) values.longValue() : NO_NUMBER;
            }
            return new TaskIds(documents, docs, numbers);
        }

        /**
         * The ids of {@code tasks}, in document order (the document column's), then by task number:
         * sorted as one long each, the document's ordinal above the number.
         */
        List<String> of(int[] tasks) {
            long[] order = new long[tasks.length];
            int n = 0;
            for (int task : tasks) {
                int number = numbers[Arrays.binarySearch(docs, task)];
                if (number != NO_NUMBER) {
                    order[n++] = (long) documents.ordinalOf(task) << Integer.SIZE | Integer.toUnsignedLong(number);
                }
            }
            Arrays.sort(order, 0, n);
            List<String> ids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add(TaskRecord.idOf(documents.label((int) (order[i] >>> Integer.SIZE)), (int) order[i]));
            }
            return ids;
        }
    }
}
