package org.policysearch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void charFilterFoldsTheSameWay() throws IOException {
        String original = "（牽頭單位：自治區財政廳）〔2017〕";
        try (Reader reader = new MappingCharFilter(TextFolding.charMap(), new StringReader(original))) {
            StringBuilder out = new StringBuilder();
            for (int c = reader.read(); c >= 0; c = reader.read()) {
                out.append((char) c);
            }
            assertEquals(TextFolding.fold(original), out.toString());
        }
    }
}
