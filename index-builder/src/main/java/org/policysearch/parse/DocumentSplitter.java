package org.policysearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policysearch.text.TextFolding;

/**
 * Finds the documents in a file. A gazette issue is a cover, a table of contents and several
 * documents, each headed by its issuer and title lines and a 文号 line of its own:
 * <pre>
 * 自治区人民政府办公厅
 * 关于深入推进新型工业强区五年计划的实施意见
 * 宁政办发〔2023〕13号
 * </pre>
 * The contents page lists the same 文号 in brackets with dot leaders, which is not a header.
 * A file without such header lines is one document.
 */
public final class DocumentSplitter {

    /** A document's line range, its header lines and its 文号 line, or -1 when it has none. */
    public record Span(int start, int end, int headerStart, int docNumberLine) {
    }

    /** 宁党发〔2023〕1号 alone on its line (folded: 宁党发[2023]1号). */
    static final Pattern DOC_NUMBER_LINE = Pattern.compile("^[\\u4e00-\\u9fff]{2,12}\\[\\d{4}\\]\\d{1,4}号$");

    /** Title lines above a 文号 are short, are not sentences and are not "label: value" lines (印刷:…). */
    private static final int MAX_HEADER_LINES = 3;
    private static final int MAX_HEADER_LINE_LENGTH = 40;

    private DocumentSplitter() {
    }

    public static List<Span> split(List<String> lines) {
        List<Integer> numberLines = new ArrayList<>();
        List<Integer> headerStarts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (DOC_NUMBER_LINE.matcher(fold(lines.get(i))).matches()) {
                numberLines.add(i);
                headerStarts.add(headerStart(lines, i));
            }
        }
        List<Span> spans = new ArrayList<>();
        if (numberLines.isEmpty()) {
            spans.add(new Span(0, lines.size(), 0, -1));
            return spans;
        }
        for (int k = 0; k < numberLines.size(); k++) {
            int end = k + 1 < numberLines.size() ? headerStarts.get(k + 1) : lines.size();
            spans.add(new Span(headerStarts.get(k), end, headerStarts.get(k), numberLines.get(k)));
        }
        return spans;
    }

    /** The first of the (up to three) title lines directly above the 文号 line. */
    private static int headerStart(List<String> lines, int numberLine) {
        int start = numberLine;
        int taken = 0;
        for (int i = numberLine - 1; i >= 0 && taken < MAX_HEADER_LINES; i--) {
            String line = fold(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            boolean titleLike = line.length() <= MAX_HEADER_LINE_LENGTH && line.indexOf('。') < 0
                    && Marker.at(line, line) == null && line.indexOf(':') < 0;
            if (!titleLike) {
                break;
            }
            start = i;
            taken++;
        }
        return start;
    }

    static String fold(String line) {
        return TextFolding.fold(line.strip());
    }
}
