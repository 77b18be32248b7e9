package org.policysearch.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.text.TextFolding;

/**
 * Turns a document's lines into paragraphs: joins lines that PDF extraction broke mid-sentence,
 * drops page furniture, starts a new paragraph at every numbered item (also where a scrape ran
 * items together on one line) and keeps the first of repeated paragraphs.
 */
public final class BlockReader {

    /** — 12 — · -3- · 第 3 页 · ·3· · a lone page number. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–·•\\s]*(第\\s*)?\\d{1,4}(\\s*页)?[-—–·•\\s]*$");

    /** A paragraph that ends here has ended its sentence; the next line starts a new one. */
    private static final String SENTENCE_END = "。！？；：!?;:)]";

    /** Headings such as "(一) 不断提升创新发展能力" stand alone; longer lines are prose. */
    private static final int MAX_HEADING_LENGTH = 50;

    /** Short lines repeated this often in one file are running heads, not content. */
    private static final int RUNNING_HEAD_REPEATS = 3;
    private static final int RUNNING_HEAD_MAX_LENGTH = 24;

    /** Paragraphs shorter than this may legitimately repeat (headings such as 一、总体要求). */
    private static final int MIN_DUPLICATE_LENGTH = 12;

    /**
     * Where a scrape ran items together: after a sentence or clause end, or straight after a
     * heading's last character, an item label begins. (…人民政府）2.狠抓“六保”任务落实。 ·
     * …质的稳步提升1.落实高质量发展要求。 · …贯彻落实。一、坚持不懈推动高质量发展)
     */
    private static final Pattern INLINE_ITEM = Pattern.compile(
            "(?<=[。)\\]])(?=\\d{1,3}\\.(?!\\d)[\\u4e00-\\u9fff“\"])"
            + "|(?<=[。)\\]])(?=\\([" + ChineseNumerals.CHARACTERS + "]{1,4}\\))"
            + "|(?<=[。)\\]])(?=[一二三四五六七八九十]{1,3}、[\\u4e00-\\u9fff])"
            + "|(?<=[\\u4e00-\\u9fff])(?=\\d{1,3}\\.(?!\\d)[\\u4e00-\\u9fff“])");

    /**
     * The characters an {@link #INLINE_ITEM} label begins with. The pattern is tried only where one
     * stands: a search tried its four lookbehinds at every character (a fifth of all parsing time).
     */
    private static final String LABEL_FIRST = "0123456789(一二三四五六七八九十";

    private BlockReader() {
    }

    /**
     * @param lines     the document's lines
     * @param firstLine the file line number of {@code lines.get(0)}
     * @param skip      indexes into {@code lines} that are metadata (title, 文号, date, signature)
     * @param scrape    the lines of a shuffled scrape: each line is kept apart (joining lines that
     *                  were shuffled would invent adjacency) and repeats are kept for its reader
     */
    public static List<Block> read(List<String> lines, int firstLine, Set<Integer> skip, boolean scrape) {
        Set<String> runningHeads = runningHeads(lines);
        List<Block> joined = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches() || runningHeads.contains(line)) {
                continue;
            }
            if (skip.contains(i)) {
                start = flush(joined, text, start);
                continue;
            }
            if (start >= 0 && (scrape || !continues(text, line))) {
                start = flush(joined, text, start);
            }
            if (start < 0) {
                start = firstLine + i;
            }
            text.append(line);
        }
        flush(joined, text, start);
        List<Block> blocks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block block : splitInlineItems(joined)) {
            String key = block.folded().replaceAll("\\s", "");
            if (scrape || key.length() < MIN_DUPLICATE_LENGTH || seen.add(key)) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /** Whether {@code line} carries on the paragraph in {@code text} (a PDF line break). */
    private static boolean continues(CharSequence text, String line) {
        if (text.isEmpty() || Marker.at(line, TextFolding.fold(line)) != null || AgencyClause.headless(line) != null) {
            return false;
        }
        if (SENTENCE_END.indexOf(TextFolding.fold(text.charAt(text.length() - 1))) >= 0) {
            return false;
        }
        // Only the paragraph's start can make it a heading, so the whole paragraph is never refolded.
        String start = text.subSequence(0, Math.min(text.length(), MAX_HEADING_LENGTH + 1)).toString();
        String folded = TextFolding.fold(start);
        boolean heading = Marker.at(start, folded) != null && folded.indexOf('。') < 0
                && text.length() <= MAX_HEADING_LENGTH;
        return !heading;
    }

    private static int flush(List<Block> blocks, StringBuilder text, int start) {
        if (!text.isEmpty()) {
            blocks.add(Block.of(text.toString(), start));
            text.setLength(0);
        }
        return -1;
    }

    private static Set<String> runningHeads(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty() && s.length() <= RUNNING_HEAD_MAX_LENGTH && Marker.at(s, TextFolding.fold(s)) == null) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        Set<String> heads = new HashSet<>();
        counts.forEach((line, n) -> {
            if (n >= RUNNING_HEAD_REPEATS) {
                heads.add(line);
            }
        });
        return heads;
    }

    private static List<Block> splitInlineItems(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            String folded = block.folded();
            Matcher m = INLINE_ITEM.matcher(folded).useTransparentBounds(true);
            int from = 0;
            for (int i = 1; i < folded.length(); i++) {
                if (LABEL_FIRST.indexOf(folded.charAt(i)) >= 0 && m.region(i, folded.length()).lookingAt()) {
                    out.add(Block.of(block.text().substring(from, i), block.line()));
                    from = i;
                }
            }
            out.add(Block.of(block.text().substring(from), block.line()));
        }
        return out;
    }
}
