package org.policysearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            一,      1
            九,      9
            十,      10
            十二,    12
            二十,    20
            二十三,  23
            九十九,  99
            一00,    100
            一0一,   101
            一0七,   107
            一〇七,  107
            一百零一, 101
            一百一十, 110
            甲,      -1
            """)
    void valueOfNumeral(String numeral, int expected) {
        assertEquals(expected, ChineseNumerals.parse(numeral));
    }
}
