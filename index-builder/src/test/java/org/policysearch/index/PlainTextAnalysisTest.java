package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.policysearch.parse.SeedCorpus;
import org.policysearch.text.GramTokenizer;
import org.policysearch.text.RecallTokenizer;

/**
 * The recall and grams analyzers the index uses must give exactly the tokens of the stock chains
 * they stand for: every token's term, offsets, position increment and length, type, and the end
 * of the stream. (Over a whole generated archive: {@code SameTokensArchiveTest} in the benchmarks
 * module.)
 */
class PlainTextAnalysisTest {

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
                        + increment.getPositionIncrement() + " length " + length.getPositionLength() + " " + type.type());
            }
            ts.end();
            out.add("end " + offset.startOffset() + "-" + offset.endOffset() + " +" + increment.getPositionIncrement());
        }
        return out;
    }

    private static void assertSameTokens(String text) throws IOException {
        assertEquals(tokens(Analysis.stockRecall(), IndexSchema.TEXT, text),
                tokens(Analysis.recall(), IndexSchema.TEXT, text), () -> "recall of [" + text + "]");
        assertEquals(tokens(Analysis.stockGrams(), IndexSchema.TEXT_GRAMS, text),
                tokens(Analysis.grams(), IndexSchema.TEXT_GRAMS, text), () -> "grams of [" + text + "]");
    }

    @Test
    void analyzesEveryLineOfTheSeedNoticesAsTheStockChains() throws IOException {
        List<String> lines = SeedCorpus.lines();
        assertTrue(lines.size() > 500, "every line of the seed notices: " + lines.size());
        for (String line : lines) {
            assertSameTokens(line);
        }
    }

    /**
     * Every UTF-16 unit, between Han characters, letters, digits and separators: each one the plain
     * path takes is classed as the stock chain treats it, and each one it does not falls back.
     */
    @Test
    void analyzesEveryCharacterAsTheStockChains() throws IOException {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String unit = String.valueOf((char) c);
            assertSameTokens("甲" + unit + "a1" + unit + unit + "。乙");
        }
    }

    /** The branches policy text reaches rarely: edges of runs, long runs, scripts the plain path leaves to the stock chain. */
    @Test
    void analyzesTheEdgesAsTheStockChains() throws IOException {
        for (String text : List.of(
                "", "。", "  ", "中", "a", "中国", "。中", "中。", "。中。", "中国人", "中国人民",
                "工作。作为", "農業發展", "２０１７年", "5G网络", "〔2023〕13号", "ＡＢ１２cd和ａ1Ｂ",
                "a".repeat(255) + "中", "a".repeat(256) + "中", "1".repeat(600),
                "二〇二三年", "〇", "ひらがなカタカナ한국어中文", "①②ⅠⅡ项", "𠀀𠀁中文", "\uD800中\uDC00文", "Ελλάδα中国")) {
            assertSameTokens(text);
        }
    }

    /**
     * Texts drawn at random from pieces of every kind, one after another through the same reused
     * analyzers (plain and stock paths interleaved): the order of runs, separators and fallbacks
     * the seeds never show.
     */
    @Test
    void analyzesRandomMixturesAsTheStockChains() throws IOException {
        String[] pieces = {"中", "国", "发", "展", "農", "業", "a", "Z", "7", "ｂ", "Ｑ", "９", "。", "，", " ", "\u3000",
                "“", "〔", "】", "-", "ab", "2024", "x1y2", "ア", "ひ", "한", "Ⅲ", "⑤", "〇", "😀", "\uD83D", "é", "ß",
                "\u0301", "_", "⭐"};
        Random random = new Random(20261207);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(i % 4 == 0 ? pieces.length : 22)]);
            }
            assertSameTokens(text.toString());
        }
    }

    /** The index analyses its title and text fields with the plain-text tokenizers, not the stock chains. */
    @Test
    void theIndexUsesThePlainTextTokenizers() throws IOException {
        assertPlainTextTokenizer(IndexSchema.TITLE, RecallTokenizer.class);
        assertPlainTextTokenizer(IndexSchema.TEXT, RecallTokenizer.class);
        assertPlainTextTokenizer(IndexSchema.TITLE_GRAMS, GramTokenizer.class);
        assertPlainTextTokenizer(IndexSchema.TEXT_GRAMS, GramTokenizer.class);
    }

    private static void assertPlainTextTokenizer(String field, Class<?> tokenizer) throws IOException {
        try (TokenStream ts = IndexSchema.analyzer().tokenStream(field, "自治区财政厅")) {
            assertInstanceOf(tokenizer, ts, field);
        }
    }
}
