package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.policysearch.text.LatticeSmartChineseAnalyzer;

/** Item 4: stock SmartChineseAnalyzer against its chain with the lattice segmenter, on the same texts, one thread each. */
final class SegmentationCheck {

    /** Any field: both analyzers treat every field alike. */
    private static final String FIELD = "text";
    private static final int WARM_UP_TEXTS = 20_000;

    private SegmentationCheck() {
    }

    static Report.Segmentation run(Path tasksTsv, long corpusBytes)
            throws IOException, InterruptedException, ExecutionException {
        List<String> bodies = new ArrayList<>();
        TaskTable.forEach(tasksTsv, t -> bodies.add(t.body()));
        return run(bodies, corpusBytes);
    }

    /** Both warmed up on the same first texts, so that neither is timed while the JIT compiles it. */
    static Report.Segmentation run(List<String> bodies, long corpusBytes) throws InterruptedException, ExecutionException {
        try (Analyzer stock = new SmartChineseAnalyzer(); Analyzer lattice = new LatticeSmartChineseAnalyzer()) {
            List<String> warmUp = bodies.subList(0, Math.min(bodies.size(), WARM_UP_TEXTS));
            AnalysisCeiling.measure(warmUp, stock, List.of(FIELD), 1);
            AnalysisCeiling.measure(warmUp, lattice, List.of(FIELD), 1);
            Stopwatch stockWatch = new Stopwatch();
            long stockChecksum = AnalysisCeiling.measure(bodies, stock, List.of(FIELD), 1);
            Report.Rate stockRate = stockWatch.rate(1, corpusBytes);
            Stopwatch latticeWatch = new Stopwatch();
            long latticeChecksum = AnalysisCeiling.measure(bodies, lattice, List.of(FIELD), 1);
            return new Report.Segmentation(stockRate, latticeWatch.rate(1, corpusBytes), stockChecksum == latticeChecksum);
        }
    }
}
