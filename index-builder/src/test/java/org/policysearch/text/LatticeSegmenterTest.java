package org.policysearch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.policysearch.parse.SeedCorpus;

/**
 * LatticeSegmenter must segment exactly as smartcn's HHMMSegmenter: every token's characters,
 * offsets, type, frequency and place in the lattice, sentence by sentence. (Over a whole generated
 * archive: {@code LatticeSmartChineseAnalyzerArchiveTest} in the benchmarks module.)
 */
class LatticeSegmenterTest {

    private final HHMMSegmenter stock = new HHMMSegmenter();
    private final LatticeSegmenter lattice = new LatticeSegmenter();

    private static List<String> describe(List<SegToken> tokens) {
        List<String> out = new ArrayList<>();
        for (SegToken t : tokens) {
            out.add(new String(t.charArray) + " " + t.startOffset + "-" + t.endOffset + " type " + t.wordType
                    + " weight " + t.weight + " index " + t.index);
        }
        return out;
    }

    private void assertSameSegmentation(String sentence) {
        assertEquals(describe(stock.process(sentence)), describe(lattice.process(sentence)), sentence);
    }

    @Test
    void segmentsEveryLineOfTheSeedNoticesAsSmartcnDoes() throws IOException {
        List<String> lines = SeedCorpus.lines();
        assertTrue(lines.size() > 500, "every line of the seed notices: " + lines.size());
        lines.forEach(this::assertSameSegmentation);
    }

    /** Every character smartcn calls Han, 40 to a sentence: each one's own frequency and many pairs. */
    @Test
    void segmentsEveryHanCharacterAsSmartcnDoes() {
        StringBuilder sentence = new StringBuilder();
        for (char c = '\u4E00'; c <= '\u9FA5'; c++) {
            sentence.append(c);
            if (sentence.length() == 40) {
                assertSameSegmentation(sentence.toString());
                sentence.setLength(0);
            }
        }
        assertSameSegmentation(sentence.toString());
    }

    /** The branches of the stock lattice that policy text reaches rarely or never. */
    @Test
    void segmentsEveryKindOfCharacterAsSmartcnDoes() {
        for (String sentence : List.of(
                "",
                "   ",
                "中 华 人民 共和国",
                "中华\u3000人民\t共和国\n政府",
                "２０２５年ＧＤＰ增长5.2%，CPI上涨２.1％",
                "第ａ1Ｂ款和ＡＢ１２cd",
                "𠀀𠀁中文𡃁",
                "\uD800中\uDC00文",
                "①②③ⅠⅡ，ひらがなカタカナ한국어",
                "“十四五”规划（2021—2025年）、《纲要》；【附件】",
                "国务院办公厅关于印发全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案的通知国办发〔2020〕43号各省自治区直辖市人民政府国务院各部委各直属机构")) {
            assertSameSegmentation(sentence);
        }
    }

    /** The analyzer replaces smartcn's segmenter inside smartcn's own tokenizer: the whole chain's tokens match. */
    @Test
    void analyzesTheSeedNoticesAsSmartChineseAnalyzerDoes() throws IOException {
        try (Analyzer stockAnalyzer = new SmartChineseAnalyzer(); Analyzer latticeAnalyzer = new LatticeSmartChineseAnalyzer()) {
            List<Path> seeds = SeedCorpus.files();
            assertTrue(seeds.size() >= 5, "the seed notices: " + seeds);
            for (Path file : seeds) {
                String text = Files.readString(file);
                // Twice: the tokenizer, reused, must not keep anything of the text before.
                for (int pass = 0; pass < 2; pass++) {
                    assertEquals(tokens(stockAnalyzer, text), tokens(latticeAnalyzer, text), file.toString());
                }
            }
        }
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + increment.getPositionIncrement());
            }
            ts.end();
            out.add("end " + offset.endOffset());
        }
        return out;
    }
}
