package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.LabelledCharArrayMatcher;
import org.apache.lucene.search.uhighlight.MemoryIndexOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.HighlightFlag;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.TaskDocuments;
import org.policysearch.task.TaskRecord;

/**
 * Han runs found in the folded text highlight exactly what Lucene's analysis of the text (a
 * one-document index of its recall tokens) highlights: the same titles and snippets, mark for
 * mark, for every word smartcn reads in the corpus and for sampled runs, over each query's first
 * page of hits.
 */
class HanRunOffsetsTest {

    private static final long SEED = 20261123L;
    private static final int SAMPLES = 400;

    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void open() throws IOException {
        reader = CorpusIndexFixture.openReader();
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    /** How the two ways differ on {@code q}'s first page, and how many marks the reference made. */
    private record Comparison(List<String> differences, int marks) {
    }

    private static Comparison compare(String q) throws IOException {
        LuceneQueries.Built built = LuceneQueries.build(Fixtures.request(q));
        ScoreDoc[] page = searcher.search(built.query(), Limits.DEFAULT_SIZE).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<TaskRecord> tasks = new ArrayList<>();
        for (ScoreDoc hit : page) {
            tasks.add(TaskDocuments.toTask(stored.document(hit.doc)));
        }
        Highlights.Html found = Highlights.of(searcher, built.highlight(), page, tasks);
        Highlights.Html analysed = Highlights.analysed(searcher, built.highlight(), page, tasks);
        List<String> differences = new ArrayList<>();
        int marks = 0;
        for (int i = 0; i < page.length; i++) {
            marks += marks(analysed.titles()[i]) + marks(analysed.snippets()[i]);
            if (!String.valueOf(analysed.titles()[i]).equals(String.valueOf(found.titles()[i]))) {
                differences.add(q + " title: " + analysed.titles()[i] + " | " + found.titles()[i]);
            }
            if (!String.valueOf(analysed.snippets()[i]).equals(String.valueOf(found.snippets()[i]))) {
                differences.add(q + " text: " + analysed.snippets()[i] + " | " + found.snippets()[i]);
            }
        }
        return new Comparison(differences, marks);
    }

    private static int marks(String html) {
        return html == null ? 0 : html.split(MarkFormatter.OPEN, -1).length - 1;
    }

    private static void assertSameHighlights(Iterable<String> queries) throws IOException {
        List<String> differences = new ArrayList<>();
        int marks = 0;
        for (String q : queries) {
            Comparison comparison = compare(q);
            differences.addAll(comparison.differences());
            marks += comparison.marks();
        }
        assertEquals(List.of(), differences);
        assertTrue(marks > 0, "nothing was highlighted");
    }

    @Test
    void everyWordSmartcnReadsIsHighlightedAsAnalysisWould() throws IOException {
        Set<String> words = CorpusRuns.smartcnWords();
        assertTrue(words.size() > 1_000, words.size() + " words");
        assertSameHighlights(words);
    }

    @Test
    void sampledRunsAreHighlightedAsAnalysisWould() throws IOException {
        assertSameHighlights(CorpusRuns.sample(new Random(SEED), SAMPLES));
    }

    /**
     * Several terms, alternatives, exclusions, single characters, traditional script, a phrase
     * whose runs overlap (发展 in 发展发展), and queries with Latin words or numbers, whose field
     * falls back to analysis.
     */
    @ParameterizedTest
    @ValueSource(strings = {"扶贫 农业", "扶贫 OR 脱贫", "自治区 -扶贫", "区", "扶 贫", "自治區", "\"生态建设\"",
            "发展发展", "title:扶贫 农业", "5G 网络", "2020年 目标", "\"工作，作为\""})
    void queriesOfSeveralTermsAreHighlightedAsAnalysisWould(String q) throws IOException {
        assertEquals(List.of(), compare(q).differences());
    }

    @Test
    void onlyHanRunsAreFoundInTheTextDirectly() {
        assertTrue(HanRunOffsets.of(components("自治区")).isPresent());
        assertTrue(HanRunOffsets.of(components("扶贫 区")).isPresent());
        assertTrue(HanRunOffsets.of(components("自治區")).isPresent());
        assertFalse(HanRunOffsets.of(components("5G")).isPresent());
        assertFalse(HanRunOffsets.of(components("扶贫 5G")).isPresent());
        assertFalse(HanRunOffsets.of(components("\"工作，作为\"")).isPresent(), "a phrase with a gap");
    }

    /**
     * Offsets as Lucene's analysis finds them, on texts made to test the edges: overlapping runs,
     * traditional script, punctuation, Latin letters and digits beside Han characters.
     */
    @ParameterizedTest
    @ValueSource(strings = {"发展发展发展，发展。", "自治區財政廳與自治区财政厅", "a自治区b 5G自治区2020年", "区、区 区\n区",
            "扶贫扶贫扶 贫", "发展发展"})
    void offsetsAreThoseAnalysisFinds(String content) throws IOException {
        for (String q : List.of("发展发展", "发展", "展", "自治区", "区", "扶贫", "扶贫扶", "自治区财政厅 区")) {
            UHComponents components = components(q);
            assertEquals(offsets(new MemoryIndexOffsetStrategy(components, IndexSchema.analyzer())
                    .getOffsetsEnum(null, 0, content)),
                    offsets(HanRunOffsets.of(components).orElseThrow().getOffsetsEnum(null, 0, content)), q);
        }
    }

    private static List<String> offsets(OffsetsEnum matches) throws IOException {
        List<String> offsets = new ArrayList<>();
        while (matches.nextPosition()) {
            offsets.add(matches.startOffset() + "-" + matches.endOffset());
        }
        return offsets;
    }

    private static UHComponents components(String q) {
        Query highlight = LuceneQueries.build(Fixtures.request(q)).highlight();
        Set<BytesRef> terms = new TreeSet<>();
        highlight.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return field.equals(IndexSchema.TEXT);
            }

            @Override
            public void consumeTerms(Query query, Term... found) {
                Arrays.stream(found).map(Term::bytes).forEach(terms::add);
            }
        });
        return new UHComponents(IndexSchema.TEXT, IndexSchema.TEXT::equals, highlight, terms.toArray(BytesRef[]::new),
                PhraseHelper.NONE, new LabelledCharArrayMatcher[0], false, Set.of(HighlightFlag.WEIGHT_MATCHES));
    }
}
