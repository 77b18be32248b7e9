package org.policysearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.policysearch.index.IndexSchema;

/**
 * Highlights the hits of one page (and only those): the whole title, and the passage of the text
 * around the best match. The stored original is re-analysed with the recall analyzer (the index
 * keeps no offsets), so a highlighted run is exactly what the query matched literally.
 */
final class Highlights {

    /** A snippet aims at about this many characters, cut at sentence ends. */
    private static final int SNIPPET_CHARS = 160;
    private static final float SNIPPET_FRAGSIZE_FACTOR = 0.5f;

    /** The highlighted title and snippet of each hit, in the order of {@code hits}. */
    record Html(String[] titles, String[] snippets) {
    }

    private Highlights() {
    }

    static Html of(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
        TopDocs page = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        String[] titles = highlighter(searcher, new WholeBreakIterator()).highlight(IndexSchema.TITLE, query, page, 1);
        String[] snippets = highlighter(searcher, LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, SNIPPET_FRAGSIZE_FACTOR))
                .highlight(IndexSchema.TEXT, query, page, 1);
        return new Html(titles, snippets);
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, BreakIterator breaks) {
        return UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
                .withFormatter(new MarkFormatter())
                .withBreakIterator(() -> (BreakIterator) breaks.clone())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .build();
    }
}
