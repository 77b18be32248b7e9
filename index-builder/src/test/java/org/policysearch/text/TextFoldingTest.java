package org.policysearch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policysearch.parse.SeedCorpus;
import org.policysearch.parse.TextDecoder;

class TextFoldingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            （牵头单位：自治区财政厅；配合单位：农牧厅）          | (牵头单位:自治区财政厅;配合单位:农牧厅)
            宁政办发〔2023〕13号                               | 宁政办发[2023]13号
            宁政办发［2023］13号                               | 宁政办发[2023]13号
            “互联网＋”高效物流，增长１２％                       | “互联网+”高效物流,增长12%
            牽頭單位：自治區發展改革委、農牧廳                   | 牵头单位:自治区发展改革委、农牧厅
            显著提升，乾隆，於姓                                | 显著提升,乾隆,於姓
            """)
    void foldsWidthBracketsAndScript(String original, String folded) {
        assertEquals(folded, TextFolding.fold(original));
        assertEquals(original.length(), TextFolding.fold(original).length());
    }

    @Test
    void theCharFilterFoldsLettersAndDigitsLikeTheStockMappingFilterOverEveryCharacterAndTheCorpus()
            throws IOException {
        StringBuilder everything = new StringBuilder(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            everything.append((char) c);
        }
        assertStockEquivalent(everything.toString());
        try (Stream<Path> files = Files.list(SeedCorpus.path())) {
            for (Path file : files.sorted().toList()) {
                assertStockEquivalent(TextDecoder.decode(Files.readAllBytes(file)).text());
            }
        }
    }

    /** The stock form: a MappingCharFilter with one entry per character the filter changes. */
    private static void assertStockEquivalent(String original) throws IOException {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (FoldingCharFilter.fold(c) != c) {
                map.add(String.valueOf(c), String.valueOf(FoldingCharFilter.fold(c)));
            }
        }
        String stock = readAll(new MappingCharFilter(map.build(), new StringReader(original)));
        assertEquals(stock, readAll(new FoldingCharFilter(new StringReader(original))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            （牽頭單位：自治區財政廳）〔2017〕          | （牵头单位：自治区财政厅）〔2017〕
            “互联网＋”高效物流，增长１２％，ＡＩ产业    | “互联网＋”高效物流，增长12％，AI产业
            """)
    void theCharFilterKeepsPunctuationAsWritten(String original, String filtered) throws IOException {
        assertEquals(filtered, readAll(new FoldingCharFilter(new StringReader(original))));
    }

    private static String readAll(Reader reader) throws IOException {
        try (reader) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[1000];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }
}
