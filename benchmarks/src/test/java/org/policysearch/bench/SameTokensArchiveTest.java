package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.index.Analysis;
import org.policysearch.index.IndexSchema;
import org.policysearch.text.LatticeSmartChineseAnalyzer;

/**
 * The proof that the index's faster analysis chains change no token: over a whole generated
 * archive, file by file, a checksum of every token's term, offsets and position increment equals
 * the stock chain's, for smartcn's segmentation (item 4), the recall chain and the grams chain.
 * Token by token on the seed notices, every character and random mixtures: {@code
 * LatticeSegmenterTest} and {@code PlainTextAnalysisTest} in index-builder.
 */
class SameTokensArchiveTest {

    @Test
    void yieldsExactlyTheStockTokensOverAWholeGeneratedArchive() throws IOException {
        ArchiveGenerator generator = new ArchiveGenerator(SeedText.load(SeedCorpusDir.PATH), new AgencyPool(AgencyRegistry.bundled()));
        try (Analyzer smartcn = new SmartChineseAnalyzer(); Analyzer lattice = new LatticeSmartChineseAnalyzer()) {
            int files = 0;
            for (GeneratedFile file : generator.files(42, Sizes.parse("1MB"))) {
                String text = file.text();
                assertEquals(AnalysisCeiling.consume(smartcn, IndexSchema.TEXT_WORDS, text),
                        AnalysisCeiling.consume(lattice, IndexSchema.TEXT_WORDS, text), "smartcn: " + file.name());
                assertEquals(AnalysisCeiling.consume(Analysis.stockRecall(), IndexSchema.TEXT, text),
                        AnalysisCeiling.consume(Analysis.recall(), IndexSchema.TEXT, text), "recall: " + file.name());
                assertEquals(AnalysisCeiling.consume(Analysis.stockGrams(), IndexSchema.TEXT_GRAMS, text),
                        AnalysisCeiling.consume(Analysis.grams(), IndexSchema.TEXT_GRAMS, text), "grams: " + file.name());
                files++;
            }
            assertTrue(files > 30, "a whole archive, not a sample: " + files + " files");
        }
    }
}
