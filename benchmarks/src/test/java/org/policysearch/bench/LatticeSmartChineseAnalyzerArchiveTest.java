package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.text.LatticeSmartChineseAnalyzer;

/**
 * Item 4's proof: the analyzer the index uses for smartcn words gives exactly SmartChineseAnalyzer's
 * tokens over a whole generated archive, file by file (a checksum of every token's term, offsets
 * and position increment). Token by token on the seed notices, and sentence by sentence:
 * {@code LatticeSegmenterTest} in index-builder.
 */
class LatticeSmartChineseAnalyzerArchiveTest {

    @Test
    void yieldsExactlyTheStockTokensOverAWholeGeneratedArchive() throws IOException {
        ArchiveGenerator generator = new ArchiveGenerator(SeedText.load(SeedCorpusDir.PATH), new AgencyPool(AgencyRegistry.bundled()));
        try (Analyzer stock = new SmartChineseAnalyzer(); Analyzer lattice = new LatticeSmartChineseAnalyzer()) {
            int files = 0;
            for (GeneratedFile file : generator.files(42, Sizes.parse("1MB"))) {
                assertEquals(AnalysisCeiling.consume(stock, "text", file.text()),
                        AnalysisCeiling.consume(lattice, "text", file.text()), file.name());
                files++;
            }
            assertTrue(files > 30, "a whole archive, not a sample: " + files + " files");
        }
    }
}
