package org.policysearch.bench;

/** Task labels as notices print them: 一 … 九十九, and 一0七 (a digit zero) from 100 on. */
final class ChineseNumerals {

    private static final String DIGITS = "0一二三四五六七八九";

    private ChineseNumerals() {
    }

    static String of(int n) {
        if (n <= 0 || n > 999) {
            throw new IllegalArgumentException("no label for " + n);
        }
        if (n >= 100) {
            StringBuilder s = new StringBuilder();
            for (char c : Integer.toString(n).toCharArray()) {
                s.append(DIGITS.charAt(c - '0'));
            }
            return s.toString();
        }
        int tens = n / 10;
        int ones = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return t + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
