package org.policysearch.text;

import com.ibm.icu.text.Transliterator;

/**
 * Folds the variants that archives mix freely into one form: full-width ASCII to half-width,
 * 〔〕［］【】 to [], and traditional characters to simplified. Every mapping is one UTF-16 unit to
 * one, so folded text has the same length and offsets as the original: the parser matches its
 * patterns on folded text and cuts names from the original, and the analyzers fold with
 * {@link FoldingCharFilter}.
 */
public final class TextFolding {

    private static final char IDEOGRAPHS_FIRST = '\u3400';
    private static final char IDEOGRAPHS_LAST = '\u9FFF';

    private TextFolding() {
    }

    /** The folded form of one character. */
    public static char fold(char c) {
        return Folded.TABLE[c];
    }

    /** The folded form of a string, of the same length. */
    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    private static char byRule(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000' -> ' ';
            case '〔', '［', '【' -> '[';
            case '〕', '］', '】' -> ']';
            default -> c >= IDEOGRAPHS_FIRST && c <= IDEOGRAPHS_LAST ? Simplified.TABLE[c - IDEOGRAPHS_FIRST] : c;
        };
    }

    /** Every UTF-16 unit's folded form (128 KB): the analyzers fold each character of the archive. */
    private static final class Folded {
        static final char[] TABLE = build();

        private static char[] build() {
            char[] table = new char[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                table[c] = byRule((char) c);
            }
            return table;
        }
    }

    /** Traditional to simplified, one ideograph to one; built once from ICU's transform. */
    private static final class Simplified {
        static final char[] TABLE = build();

        /**
         * Characters ICU maps although they are standard simplified characters with meanings of
         * their own (显著, 乾隆, 於姓, 瞭望, 凭藉, 徵音): folding them would merge distinct words.
         */
        private static final String ALSO_SIMPLIFIED = "著乾於瞭藉徵";

        private static char[] build() {
            Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
            char[] table = new char[IDEOGRAPHS_LAST - IDEOGRAPHS_FIRST + 1];
            for (int i = 0; i < table.length; i++) {
                char c = (char) (IDEOGRAPHS_FIRST + i);
                String simplified = toSimplified.transliterate(String.valueOf(c));
                boolean keep = simplified.length() != 1 || ALSO_SIMPLIFIED.indexOf(c) >= 0;
                table[i] = keep ? c : simplified.charAt(0);
            }
            return table;
        }
    }
}
