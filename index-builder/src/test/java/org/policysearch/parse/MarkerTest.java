package org.policysearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policysearch.text.TextFolding;

class MarkerTest {

    /** Labels as the seeds print them (file: line), and the same families in other widths. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.加快民族地区发展，提高民族地区发展水平。                         | ARABIC_DOT    | 1   | 1.
            39.完善农业基础设施                                               | ARABIC_DOT    | 39  | 39.
            3. 构建多元化食物供给体系。牢固树立大                               | ARABIC_DOT    | 3   | 3.
            1．加快民族地区发展                                               | ARABIC_DOT    | 1   | 1．
            二、重点任务及分工                                                | CHINESE_COMMA | 2   | 二、
            （一）重大政策。                                                  | PAREN_CHINESE | 1   | （一）
            （一0一）坚持重大事项向党委报告制度                                 | PAREN_CHINESE | 101 | （一0一）
            （一0七）完善监察、司法、审计联动机制                               | PAREN_CHINESE | 107 | （一0七）
            (二十三) 防范化解重大风险                                          | PAREN_CHINESE | 23  | (二十三)
            （十二）草蓄产业，要针对分散养殖屠宰                                 | PAREN_CHINESE | 12  | （十二）
            （3）推进园区建设                                                 | PAREN_ARABIC  | 3   | （3）
            ②推进园区建设                                                    | CIRCLED       | 2   | ②
            """)
    void labelsOfEveryFamily(String line, Marker.Style style, int number, String label) {
        Marker marker = Marker.at(line, TextFolding.fold(line));
        assertEquals(style, marker.style());
        assertEquals(number, marker.number());
        assertEquals(label, marker.label());
    }

    /** Numbers that are not labels: amounts, years, asides. */
    @ParameterizedTest
    @ValueSource(strings = {"2.56万户，完善运行管护机制", "2023年是全面贯彻落实党的二十大精神", "（多规合一）改革试点",
            "——工业运行更加稳健", "100个重点技改项目", "1."})
    void notALabel(String line) {
        assertNull(Marker.at(line, TextFolding.fold(line)));
    }
}
