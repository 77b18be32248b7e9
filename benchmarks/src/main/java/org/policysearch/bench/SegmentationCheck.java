package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/** Item 4: stock SmartChineseAnalyzer against the memoizing one on the same texts, one thread each. */
final class SegmentationCheck {

    /** Any field: both analyzers treat every field alike. */
    private static final String FIELD = "text";

    private SegmentationCheck() {
    }

    static Report.Memoization run(Path tasksTsv, long corpusBytes)
            throws IOException, InterruptedException, ExecutionException {
        List<String> bodies = new ArrayList<>();
        TaskTable.forEach(tasksTsv, t -> bodies.add(t.body()));
        return run(bodies, corpusBytes);
    }

    /** Fresh analyzers, so that the memoizing one starts with nothing remembered. */
    static Report.Memoization run(List<String> bodies, long corpusBytes) throws InterruptedException, ExecutionException {
        try (Analyzer stock = new SmartChineseAnalyzer(); Analyzer memo = new MemoizingSmartChineseAnalyzer()) {
            Stopwatch stockWatch = new Stopwatch();
            long stockChecksum = AnalysisCeiling.measure(bodies, stock, List.of(FIELD), 1);
            Report.Rate stockRate = stockWatch.rate(1, corpusBytes);
            Stopwatch memoWatch = new Stopwatch();
            long memoChecksum = AnalysisCeiling.measure(bodies, memo, List.of(FIELD), 1);
            return new Report.Memoization(stockRate, memoWatch.rate(1, corpusBytes), stockChecksum == memoChecksum);
        }
    }
}
