package org.policysearch.parse;

/**
 * Chinese numerals as notices print them: 二十三 (23), 一百零一 (101), and the digit-by-digit form
 * of work-report task lists, where zero is written with a digit: （一0一） is 101, （一〇七） 107.
 */
public final class ChineseNumerals {

    /** The characters a numeral is made of, for patterns. */
    public static final String CHARACTERS = "零〇0一二三四五六七八九十百";

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of {@code numeral}, or -1 when it is not a Chinese numeral. */
    public static int parse(String numeral) {
        if (numeral.isEmpty()) {
            return -1;
        }
        return numeral.indexOf('十') >= 0 || numeral.indexOf('百') >= 0 ? positional(numeral) : digitByDigit(numeral);
    }

    private static int digit(char c) {
        return c == '〇' || c == '0' ? 0 : DIGITS.indexOf(c);
    }

    private static int digitByDigit(String numeral) {
        int value = 0;
        for (char c : numeral.toCharArray()) {
            int d = digit(c);
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** 十二 = 12, 二十 = 20, 一百零一 = 101, 一百一十 = 110. */
    private static int positional(String numeral) {
        int value = 0;
        int pending = -1;
        for (char c : numeral.toCharArray()) {
            if (c == '百' || c == '十') {
                int unit = c == '百' ? 100 : 10;
                value += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else {
                int d = digit(c);
                if (d < 0) {
                    return -1;
                }
                pending = d;
            }
        }
        return value + Math.max(pending, 0);
    }
}
