package org.policysearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    /** 000, line 7, as the archive serves it. */
    private static final String LINE = "　　1.加快民族地区发展，提高民族地区发展水平。（牵头单位：自治区财政厅；配合单位：自治区发展改革委、农牧厅）\n";

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "GBK", "UTF-16LE", "UTF-16BE"})
    void decodesEveryArchiveEncoding(String charset) {
        byte[] bytes = (LINE + LINE).getBytes(Charset.forName(charset));
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        assertTrue(decoded.ok(), decoded.refusal());
        assertEquals(LINE + LINE, decoded.text());
    }

    @Test
    void decodesTraditionalMirrorsInBig5() {
        String traditional = "　　1.加快民族地區發展，提高民族地區發展水平。（牽頭單位：自治區財政廳；配合單位：自治區發展改革委）\n".repeat(3);
        TextDecoder.Decoded decoded = TextDecoder.decode(traditional.getBytes(Charset.forName("Big5")));
        assertEquals(traditional, decoded.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE"})
    void dropsByteOrderMarks(String charset) {
        byte[] text = LINE.getBytes(Charset.forName(charset));
        byte[] bom = "\uFEFF".getBytes(Charset.forName(charset));
        byte[] bytes = ByteBuffer.allocate(bom.length + text.length).put(bom).put(text).array();
        assertEquals(LINE, TextDecoder.decode(bytes).text());
    }

    @Test
    void windowsLineEndsBecomeLineFeeds() {
        assertEquals("一、总体要求\n二、重点任务\n", TextDecoder.decode("一、总体要求\r\n二、重点任务\r\n".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void refusesEmptyBlankAndBinaryFiles() {
        assertEquals("empty file", TextDecoder.decode(new byte[0]).refusal());
        assertEquals("no text (only white space)", TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)).refusal());
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, 0, png, 0, 8);
        TextDecoder.Decoded decoded = TextDecoder.decode(png);
        assertFalse(decoded.ok());
        assertTrue(decoded.refusal().startsWith("binary content") || decoded.refusal().startsWith("not text"),
                decoded.refusal());
    }
}
