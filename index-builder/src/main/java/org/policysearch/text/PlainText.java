package org.policysearch.text;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.util.ArrayUtil;

/**
 * A whole text read for {@link PlainTextTokenizer}: its characters as read, and, when every one
 * of them is plain, their folded lower-case forms and classes.
 *
 * <p>Plain is what the recall chains' stock components (folding, the separator pattern
 * {@code [^\p{L}\p{N}]+}, the standard tokenizer, lower case) treat simply: a CJK unified ideograph
 * of smartcn's range (U+4E00–U+9FA5) or 〇 (of dates like 二〇二三年) is a token of its own, a run
 * of ASCII letters and digits one token, a run of neither letters nor digits one separator.
 * Everything else (kana, hangul, other scripts, Roman numerals, circled digits, surrogates) takes
 * the stock chain, and so does a run of ASCII letters and digits longer than the standard
 * tokenizer's longest token, which it splits.
 */
final class PlainText {

    static final byte OTHER = 0;
    static final byte HAN = 1;
    static final byte LETTER = 2;
    static final byte DIGIT = 3;
    static final byte SEPARATOR = 4;

    private static final int LONGEST_RUN = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;

    private static final char HAN_FIRST = '\u4E00';
    private static final char HAN_LAST = '\u9FA5';
    private static final char IDEOGRAPHIC_ZERO = '\u3007';

    /** Each character's class after folding. */
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];
    /** Each character folded and in lower case, as its token's term holds it. */
    private static final char[] TERM_CHARS = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char folded = FoldingCharFilter.fold((char) c);
            CLASSES[c] = classOf(folded);
            TERM_CHARS[c] = Character.toLowerCase(folded);
        }
    }

    private char[] original = new char[1024];
    private char[] terms = new char[1024];
    private byte[] classes = new byte[1024];
    private int length;

    /** Reads the whole of {@code input}; true when every character is plain. */
    boolean read(Reader input) throws IOException {
        length = 0;
        for (int read; (read = input.read(original, length, original.length - length)) != -1; ) {
            length += read;
            if (length == original.length) {
                original = ArrayUtil.grow(original, length + 1);
            }
        }
        if (classes.length < length) {
            terms = new char[original.length];
            classes = new byte[original.length];
        }
        return classify();
    }

    private boolean classify() {
        int letters = 0;
        for (int i = 0; i < length; i++) {
            char c = original[i];
            byte type = CLASSES[c];
            if (type == OTHER) {
                return false;
            }
            letters = type == LETTER || type == DIGIT ? letters + 1 : 0;
            if (letters > LONGEST_RUN) {
                return false;
            }
            classes[i] = type;
            terms[i] = TERM_CHARS[c];
        }
        return true;
    }

    int length() {
        return length;
    }

    /** The class of the character at {@code i}; {@link #HAN}, {@link #LETTER}, {@link #DIGIT} or {@link #SEPARATOR}. */
    byte classAt(int i) {
        return classes[i];
    }

    /** The folded lower-case characters, as terms hold them; valid for plain texts. */
    char[] terms() {
        return terms;
    }

    /**
     * Where what starts at {@code start} ends: a Han character stands alone, a run of letters and
     * digits or of separators goes on to the next character of another kind.
     */
    int runEnd(int start) {
        if (classes[start] == HAN) {
            return start + 1;
        }
        boolean separator = classes[start] == SEPARATOR;
        int end = start + 1;
        while (end < length && classes[end] != HAN && (classes[end] == SEPARATOR) == separator) {
            end++;
        }
        return end;
    }

    /** Whether the run of letters and digits from {@code start} to {@code end} has digits only. */
    boolean digitsOnly(int start, int end) {
        for (int i = start; i < end; i++) {
            if (classes[i] != DIGIT) {
                return false;
            }
        }
        return true;
    }

    /** The text as read. */
    String original() {
        return new String(original, 0, length);
    }

    private static byte classOf(char c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            return LETTER;
        }
        if (c >= HAN_FIRST && c <= HAN_LAST || c == IDEOGRAPHIC_ZERO) {
            return HAN;
        }
        if (Character.isSurrogate(c) || Character.isLetter(c)) {
            return OTHER;
        }
        return switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> OTHER;
            default -> SEPARATOR;
        };
    }
}
