package org.policysearch.parse;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a notice file's bytes into text: UTF-8, GB18030/GBK, Big5 (traditional mirrors) or UTF-16,
 * with or without BOM, CRLF or LF. Anything else is refused with a reason, never guessed into
 * mojibake.
 */
public final class TextDecoder {

    /** The result: the text with LF line ends, or why the bytes are not a notice. */
    public record Decoded(String text, Charset charset, String refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }

    private static final String BLANK = "no text (only white space)";

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** The encodings Chinese archives come in; ICU's guesses outside them are not trusted. */
    private static final List<String> CHINESE_CHARSETS = List.of("UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5");
    /** Share of control characters above which decoded "text" is really binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return refuse("empty file");
        }
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return check(strict(bytes, skip, bom), bom);
        }
        Decoded utf8 = attempt(bytes, StandardCharsets.UTF_8);
        if (utf8 != null && (utf8.ok() || utf8.refusal().equals(BLANK))) {
            return utf8;
        }
        // Most archives are UTF-8 and strict decoding rarely accepts anything else, so detection
        // (the costly part) runs only when UTF-8 fails.
        Decoded firstRefusal = utf8;
        for (Charset candidate : detected(bytes)) {
            Decoded decoded = candidate.equals(StandardCharsets.UTF_8) ? null : attempt(bytes, candidate);
            if (decoded != null && decoded.ok()) {
                return decoded;
            }
            firstRefusal = firstRefusal == null ? decoded : firstRefusal;
        }
        return firstRefusal != null ? firstRefusal
                : refuse("not text in UTF-8, GB18030, Big5 or UTF-16");
    }

    /** The text in {@code charset} and its check, or null when the bytes are not valid in it. */
    private static Decoded attempt(byte[] bytes, Charset charset) {
        String text = strict(bytes, 0, charset);
        return text == null ? null : check(text, charset);
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** ICU's guesses among the Chinese encodings, best first; GB18030 last as the usual fallback. */
    private static List<Charset> detected(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        List<Charset> result = new ArrayList<>();
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (CHINESE_CHARSETS.contains(name)) {
                Charset cs = name.equals("GB18030") ? GB18030 : name.equals("Big5") ? BIG5 : Charset.forName(name);
                if (!result.contains(cs)) {
                    result.add(cs);
                }
            }
        }
        if (!result.contains(GB18030)) {
            result.add(GB18030);
        }
        return result;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded check(String text, Charset charset) {
        if (text == null) {
            return refuse("bytes are not valid " + charset.name());
        }
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        long controls = lf.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0xFFFD).count();
        if (controls > MAX_CONTROL_SHARE * lf.length()) {
            return refuse("binary content (" + controls + " control characters), not a text notice");
        }
        if (lf.isBlank()) {
            return refuse(BLANK);
        }
        return new Decoded(lf, charset, null);
    }

    private static Decoded refuse(String why) {
        return new Decoded(null, null, why);
    }
}
