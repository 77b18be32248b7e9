package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tasks that literally contain each query's strings (and pass its filters): the measure of recall. */
final class LiteralTruth {

    private final Map<BenchQuery, Long> counts = new HashMap<>();
    private final Map<BenchQuery, Set<String>> ids = new HashMap<>();

    private LiteralTruth() {
    }

    /** One pass over the task table; keeps the matching ids of the {@code withIds} queries. */
    static LiteralTruth scan(Path tasksTsv, List<BenchQuery> queries, Set<BenchQuery> withIds) throws IOException {
        LiteralTruth truth = new LiteralTruth();
        queries.forEach(q -> truth.counts.put(q, 0L));
        withIds.forEach(q -> truth.ids.put(q, new HashSet<>()));
        TaskTable.forEach(tasksTsv, task -> {
            for (BenchQuery q : queries) {
                if (q.matches(task)) {
                    truth.counts.merge(q, 1L, Long::sum);
                    Set<String> set = truth.ids.get(q);
                    if (set != null) {
                        set.add(task.taskId());
                    }
                }
            }
        });
        return truth;
    }

    Map<BenchQuery, Long> counts() {
        return counts;
    }

    Set<String> ids(BenchQuery q) {
        return ids.get(q);
    }
}
