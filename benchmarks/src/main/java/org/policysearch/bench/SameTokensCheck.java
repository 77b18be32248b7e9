package org.policysearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.policysearch.index.Analysis;
import org.policysearch.index.IndexSchema;
import org.policysearch.text.LatticeSmartChineseAnalyzer;

/**
 * Each analysis chain the index runs faster than stock Lucene against the stock chain, on the same
 * texts, one thread each: item 4's smartcn segmentation, and the recall and grams chains.
 */
final class SameTokensCheck {

    private static final int WARM_UP_TEXTS = 20_000;

    /** A stock chain and what the index uses instead, on one field (each chain treats every field alike). */
    private record Chain(String name, Analyzer stock, Analyzer fast, String field) {
    }

    private SameTokensCheck() {
    }

    static List<Report.SameTokens> run(Path tasksTsv, long corpusBytes)
            throws IOException, InterruptedException, ExecutionException {
        List<String> bodies = new ArrayList<>();
        TaskTable.forEach(tasksTsv, t -> bodies.add(t.body()));
        return run(bodies, corpusBytes);
    }

    /** Both of a pair warmed up on the same first texts, so that neither is timed while the JIT compiles it. */
    static List<Report.SameTokens> run(List<String> bodies, long corpusBytes) throws InterruptedException, ExecutionException {
        try (Analyzer smartcn = new SmartChineseAnalyzer(); Analyzer lattice = new LatticeSmartChineseAnalyzer()) {
            List<Report.SameTokens> out = new ArrayList<>();
            for (Chain chain : List.of(
                    new Chain("smartcn segmentation (LatticeSegmenter)", smartcn, lattice, IndexSchema.TEXT_WORDS),
                    new Chain("recall chain (RecallTokenizer)", Analysis.stockRecall(), Analysis.recall(), IndexSchema.TEXT),
                    new Chain("grams chain (GramTokenizer)", Analysis.stockGrams(), Analysis.grams(), IndexSchema.TEXT_GRAMS))) {
                out.add(compare(chain, bodies, corpusBytes));
            }
            return out;
        }
    }

    private static Report.SameTokens compare(Chain chain, List<String> bodies, long corpusBytes)
            throws InterruptedException, ExecutionException {
        List<String> warmUp = bodies.subList(0, Math.min(bodies.size(), WARM_UP_TEXTS));
        List<String> field = List.of(chain.field());
        AnalysisCeiling.measure(warmUp, chain.stock(), field, 1);
        AnalysisCeiling.measure(warmUp, chain.fast(), field, 1);
        Stopwatch stockWatch = new Stopwatch();
        long stockChecksum = AnalysisCeiling.measure(bodies, chain.stock(), field, 1);
        Report.Rate stockRate = stockWatch.rate(1, corpusBytes);
        Stopwatch fastWatch = new Stopwatch();
        long fastChecksum = AnalysisCeiling.measure(bodies, chain.fast(), field, 1);
        return new Report.SameTokens(chain.name(), stockRate, fastWatch.rate(1, corpusBytes), stockChecksum == fastChecksum);
    }
}
