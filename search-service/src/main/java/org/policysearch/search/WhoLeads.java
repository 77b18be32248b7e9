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
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
    private static final class SliceCounter extends MatchBatches {
        final RoleCount lead;
        final RoleCount cooperating;
        /** Per key, the first matching tasks it leads (global doc ids, ascending). */
        final int[][] evidence;
        final int[] evidenceCount;
        /** Scratch for one task's ordinals and the keys counted for it. */
        private final int[] ordinals;
        private final int[] counted;

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

        /**
         * Counts a batch, its entries in both columns read ahead first: a ranking's matches lie
         * far apart, and counting one after another waited on each one's cache miss in turn. At
         * 1 GB (LatencyProcess, the ten who-leads words, two runs each): p50 4.24 → 3.12 ms.
         */
        @Override
        protected void count(int[] tasks, int count) {
            lead.role.values().readAhead(tasks, count);
            cooperating.role.values().readAhead(tasks, count);
            for (int k = 0; k < count; k++) {
                countTask(tasks[k]);
            }
        }

        private void countTask(int task) {
            for (int i = 0, n = lead.count(task, ordinals, counted); i < n; i++) {
                int key = counted[i];
                if (evidenceCount[key] < Limits.LEAD_EVIDENCE) {
                    if (evidence[key] == null) {
                        evidence[key] = new int[Limits.LEAD_EVIDENCE];
                    }
                    evidence[key][evidenceCount[key]++] = task;
                }
            }
            cooperating.count(task, ordinals, counted);
        }

        /** Adds another slice's counts (slices never share a task). */
        void add(SliceCounter other) {
            addTotal(other);
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
    }

    private static void addTo(int[] sum, int[] other) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other[i];
        }
    }

    private WhoLeads() {
    }

    /**
     * @param documents the snapshot's document column, which names the evidence tasks' documents
     * @param order     the snapshot's task order, which numbers them
     */
    static List<LeadRanking> rank(IndexSearcher searcher, FacetColumn documents, TaskOrder order, WhoColumns columns,
                                  Query query, boolean fold) throws IOException {
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
        List<LeadRanking> ranking = new ArrayList<>();
        for (int key : ranked) {
            ranking.add(new LeadRanking(names.get(key), keys[key], lead[key], cooperating[key],
                    all.total() == 0 ? 0 : (double) lead[key] / all.total(),
                    taskIds(documents, order, all.evidence(key))));
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
     * Task ids of the evidence, in document order (the document column's), then by task number:
     * each task's document and number from the snapshot's in-memory columns, sorted as one long
     * each, the document's ordinal above the number. Reading the numbers from doc values meant
     * sorting every evidence task of the ranking (up to 10,000) for one forward pass: at 1 GB, with
     * the batches above, p50 4.53–4.72 → 2.49–2.67 ms against neither (two runs each).
     */
    private static List<String> taskIds(FacetColumn documents, TaskOrder order, int[] tasks) {
        long[] keys = new long[tasks.length];
        for (int i = 0; i < tasks.length; i++) {
            int task = tasks[i];
            keys[i] = (long) documents.ordinalOf(task) << Integer.SIZE | Integer.toUnsignedLong(order.number(task));
        }
        Arrays.sort(keys);
        List<String> ids = new ArrayList<>(keys.length);
        for (long key : keys) {
            ids.add(TaskRecord.idOf(documents.label((int) (key >>> Integer.SIZE)), (int) key));
        }
        return ids;
    }
}
