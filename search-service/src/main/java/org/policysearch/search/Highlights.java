package org.policysearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.policysearch.index.IndexSchema;
import org.policysearch.task.TaskRecord;

/**
 * Highlights the hits of one page (and only those): the whole title, and the passage of the text
 * around the best match. The texts are those of the page's task records, already read from the
 * stored fields. The index keeps no offsets: a literal that is a run of Han characters is found in
 * the folded text ({@link HanRunOffsets}), any other by re-analysing the text with the recall
 * analyzer, so a highlighted run is exactly what the query matched literally.
 */
final class Highlights {

    /** A snippet aims at about this many characters, cut at sentence ends. */
    private static final int SNIPPET_CHARS = 160;
    private static final float SNIPPET_FRAGSIZE_FACTOR = 0.5f;
    private static final BreakIterator SNIPPET_BREAKS = LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, SNIPPET_FRAGSIZE_FACTOR);
    private static final String[] FIELDS = {IndexSchema.TITLE, IndexSchema.TEXT};
    private static final int[] ONE_PASSAGE_EACH = {1, 1};

    /** The highlighted title and snippet of each hit, in the order of {@code hits}. */
    record Html(String[] titles, String[] snippets) {
    }

    private Highlights() {
    }

    /** @param tasks the task record of each hit, in the same order */
    static Html of(IndexSearcher searcher, Query query, ScoreDoc[] hits, List<TaskRecord> tasks) throws IOException {
        return highlight(searcher, query, hits, tasks, true);
    }

    /**
     * As {@link #of}, with every literal found by Lucene's analysis of the texts: the reference that
     * finding Han runs in the text directly ({@link HanRunOffsets}) is tested against.
     */
    static Html analysed(IndexSearcher searcher, Query query, ScoreDoc[] hits, List<TaskRecord> tasks)
            throws IOException {
        return highlight(searcher, query, hits, tasks, false);
    }

    private static Html highlight(IndexSearcher searcher, Query query, ScoreDoc[] hits, List<TaskRecord> tasks,
                                  boolean findHanRuns) throws IOException {
        Map<Integer, TaskRecord> byDoc = new HashMap<>();
        int[] docs = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
            byDoc.put(hits[i].doc, tasks.get(i));
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
                .withFormatter(new MarkFormatter())
                .withMaxLength(Integer.MAX_VALUE - 1);
        Map<String, String[]> html = new PageHighlighter(builder, byDoc, findHanRuns).highlightFields(FIELDS, query,
                docs, ONE_PASSAGE_EACH);
        return new Html(html.get(IndexSchema.TITLE), html.get(IndexSchema.TEXT));
    }

    /** Title and text in one pass, from the records in hand rather than the stored fields again. */
    private static final class PageHighlighter extends UnifiedHighlighter {
        private final Map<Integer, TaskRecord> byDoc;
        private final boolean findHanRuns;

        PageHighlighter(Builder builder, Map<Integer, TaskRecord> byDoc, boolean findHanRuns) {
            super(builder);
            this.byDoc = byDoc;
            this.findHanRuns = findHanRuns;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return IndexSchema.TITLE.equals(field) ? new WholeBreakIterator() : (BreakIterator) SNIPPET_BREAKS.clone();
        }

        /** Runs of Han characters are found in the text directly; other literals through Lucene's analysis. */
        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            Optional<HanRunOffsets> runs = findHanRuns ? HanRunOffsets.of(components) : Optional.empty();
            return runs.map(FieldOffsetStrategy.class::cast).orElseGet(() -> super.getOffsetStrategy(source, components));
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                TaskRecord task = byDoc.get(doc);
                CharSequence[] ofDoc = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    ofDoc[f] = IndexSchema.TITLE.equals(fields[f]) ? task.title() : task.text();
                }
                values.add(ofDoc);
            }
            return values;
        }
    }
}
