package org.policysearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: the text escaped, each match (overlapping bigram matches
 * merged) in {@code <mark>}, passages joined by an ellipsis. Nothing from the text reaches the
 * page unescaped.
 */
final class MarkFormatter extends PassageFormatter {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    private static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        int pos = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > pos && pos > 0) {
                html.append(ELLIPSIS);
            }
            pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start < pos) {
                    continue; // inside the previous (merged) match
                }
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= end) {
                    end = Math.max(end, passage.getMatchEnds()[++i]);
                }
                end = Math.min(end, passage.getEndOffset());
                escape(html, content, pos, start);
                html.append(OPEN);
                escape(html, content, start, end);
                html.append(CLOSE);
                pos = end;
            }
            escape(html, content, pos, passage.getEndOffset());
            pos = passage.getEndOffset();
        }
        return html.toString();
    }

    /** The whole of a text, escaped, for a field without any match. */
    static String escape(String text) {
        return escape(new StringBuilder(), text, 0, text.length()).toString();
    }

    private static StringBuilder escape(StringBuilder out, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
