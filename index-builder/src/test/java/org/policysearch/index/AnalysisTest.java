package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the analyzers make of real lines: term@position[start,end), offsets into the original. */
class AnalysisTest {

    private static String tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            stream.end();
        }
        return String.join(" ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            农牧厅          | 农@0[0,1) 农牧@0[0,2) 牧@1[1,2) 牧厅@1[1,3) 厅@2[2,3)
            工作。作为      | 工@0[0,1) 工作@0[0,2) 作@1[1,2) 作@3[3,4) 作为@3[3,5) 为@4[4,5)
            工作 作为       | 工@0[0,1) 工作@0[0,2) 作@1[1,2) 作@3[3,4) 作为@3[3,5) 为@4[4,5)
            農業            | 农@0[0,1) 农业@0[0,2) 业@1[1,2)
            ２０１７年      | 2017@0[0,4) 年@1[4,5)
            5G网络          | 5g@0[0,2) 网@1[2,3) 网络@1[2,4) 络@2[3,4)
            〔2023〕13号    | 2023@1[1,5) 13@3[6,8) 号@4[8,9)
            """)
    void recallMakesBigramsWithGapsAtSeparators(String text, String expected) throws IOException {
        assertEquals(expected, tokens(IndexSchema.analyzer(), IndexSchema.TEXT, text));
    }

    /**
     * A shingle of Han characters is a run of the text; one across a separator would hold the
     * filler and is dropped, its positions left as a gap.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            自治区财政厅       | 自治区@0[0,3) 自治区财@0[0,4) 治区财@1[1,4) 治区财政@1[1,5) 区财政@2[2,5) 区财政厅@2[2,6) 财政厅@3[3,6)
            工作。作为        | ''
            自治区。财政厅     | 自治区@0[0,3) 财政厅@4[4,7)
            5G网络建设        | 5g网络@0[0,4) 5g网络建@0[0,5) 网络建@1[2,5) 网络建设@1[2,6) 络建设@2[3,6)
            農業發展          | 农业发@0[0,3) 农业发展@0[0,4) 业发展@1[1,4)
            """)
    void gramsAreTheShortRunsAsTerms(String text, String expected) throws IOException {
        assertEquals(expected, tokens(IndexSchema.analyzer(), IndexSchema.TEXT_GRAMS, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            自治区财政厅牵头   | 自治区@0[0,3) 财政厅@1[3,6) 牵头@2[6,8)
            實施精準扶貧       | 实施@0[0,2) 精@1[2,3) 准@2[3,4) 扶贫@3[4,6)
            """)
    void wordsAreSmartcnOverFoldedText(String text, String expected) throws IOException {
        assertEquals(expected, tokens(IndexSchema.analyzer(), IndexSchema.TEXT_WORDS, text));
    }
}
