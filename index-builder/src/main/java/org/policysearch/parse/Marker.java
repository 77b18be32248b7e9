package org.policysearch.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered item's label at the start of a block: {@code 一、} {@code （一）} {@code (一)} {@code 1.}
 * {@code 1．} {@code （1）}. Matching is done on folded text, where full-width forms are already
 * half-width, so one pattern serves both.
 *
 * @param style  the numbering style; notices nest styles, and the deepest is the task level
 * @param number the value, e.g. 101 for （一0一）
 * @param label  the label as printed in the original text
 * @param length characters the label and the space after it take
 */
public record Marker(Style style, int number, String label, int length) {

    /** Numbering styles, in the order notices usually nest them. */
    public enum Style {
        /** 二、重点任务及分工 */
        CHINESE_COMMA(Pattern.compile("^([" + ChineseNumerals.CHARACTERS + "]{1,4})、\\s*")),
        /** （一）重大政策。 · (十二) … · （一0一）… */
        PAREN_CHINESE(Pattern.compile("^\\(([" + ChineseNumerals.CHARACTERS + "]{1,4})\\)\\s*")),
        /** 1.加快民族地区发展 · 1．… · 3. 构建多元化食物供给体系 (not 2.56万户) */
        ARABIC_DOT(Pattern.compile("^(\\d{1,3})[.、](?!\\d)\\s*")),
        /** （1）… */
        PAREN_ARABIC(Pattern.compile("^\\((\\d{1,3})\\)\\s*")),
        /** ①加快… (circled numbers below 1.) */
        CIRCLED(Pattern.compile("^([\u2460-\u2473])\\s*"));

        private final Pattern pattern;

        Style(Pattern pattern) {
            this.pattern = pattern;
        }
    }

    /** The marker at the start of {@code original} (folded form {@code folded}), or null. */
    public static Marker at(String original, String folded) {
        for (Style style : Style.values()) {
            Matcher m = style.pattern.matcher(folded);
            if (m.find()) {
                String digits = m.group(1);
                int number = switch (style) {
                    case ARABIC_DOT, PAREN_ARABIC -> Integer.parseInt(digits);
                    case CIRCLED -> digits.charAt(0) - '\u2460' + 1;
                    default -> ChineseNumerals.parse(digits);
                };
                if (number > 0 && m.end() < folded.length()) {
                    return new Marker(style, number, original.substring(0, m.end()).strip(), m.end());
                }
            }
        }
        return null;
    }
}
