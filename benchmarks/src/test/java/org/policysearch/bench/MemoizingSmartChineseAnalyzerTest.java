package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.policysearch.agency.AgencyRegistry;

class MemoizingSmartChineseAnalyzerTest {

    /** Every token of a text: term, offsets, position increment, type; and the final offset. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + inc.getPositionIncrement()
                        + " " + type.type());
            }
            ts.end();
            out.add("end " + offset.endOffset());
        }
        return out;
    }

    @Test
    void yieldsExactlyTheStockTokensOverAWholeGeneratedArchive() throws IOException {
        ArchiveGenerator generator = new ArchiveGenerator(SeedText.load(SeedCorpusDir.PATH), new AgencyPool(AgencyRegistry.bundled()));
        try (Analyzer stock = new SmartChineseAnalyzer(); Analyzer memo = new MemoizingSmartChineseAnalyzer()) {
            int files = 0;
            for (GeneratedFile file : generator.files(42, Sizes.parse("1MB"))) {
                assertEquals(tokens(stock, file.text()), tokens(memo, file.text()), file.name());
                files++;
            }
            assertTrue(files > 30, "a whole archive, not a sample: " + files + " files");
        }
    }

    @Test
    void yieldsExactlyTheStockTokensOnTheSeedNotices() throws IOException {
        try (Analyzer stock = new SmartChineseAnalyzer(); Analyzer memo = new MemoizingSmartChineseAnalyzer();
             Stream<Path> seeds = Files.list(SeedCorpusDir.PATH)) {
            for (Path seed : seeds.sorted().toList()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                // A sentence is remembered on its second sighting: the third pass is served from memory.
                for (int pass = 0; pass < 3; pass++) {
                    assertEquals(tokens(stock, text), tokens(memo, text), seed.toString());
                }
            }
        }
    }
}
