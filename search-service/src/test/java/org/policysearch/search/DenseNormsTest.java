package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policysearch.index.IndexSchema;
import org.policysearch.task.TaskRecord;

/**
 * {@link DenseNorms} serves the index's own norms: entry by entry and in bulk, for entries with
 * and without the field (a document's own entry has no title or text), and every ranking of every
 * word smartcn reads in the corpus scores the same tasks with the same scores as the index itself.
 */
class DenseNormsTest {

    private static final List<String> RANKED_FIELDS = List.of(IndexSchema.TITLE_WORDS, IndexSchema.TEXT_WORDS);

    private static DirectoryReader stored;
    private static DirectoryReader dense;

    @BeforeAll
    static void open() throws IOException {
        stored = CorpusIndexFixture.openReader();
        dense = DenseNorms.wrap(CorpusIndexFixture.openReader());
    }

    @AfterAll
    static void close() throws IOException {
        stored.close();
        dense.close();
    }

    @Test
    void servesTheIndexsNormsEntryByEntryAndInBulk() throws IOException {
        Random random = new Random(7);
        int without = 0;
        int zeros = 0;
        for (String field : RANKED_FIELDS) {
            for (int leaf = 0; leaf < stored.leaves().size(); leaf++) {
                LeafReader own = stored.leaves().get(leaf).reader();
                LeafReader served = dense.leaves().get(leaf).reader();
                long[] expected = new long[own.maxDoc()];
                NumericDocValues ownNorms = own.getNormValues(field);
                NumericDocValues servedNorms = served.getNormValues(field);
                assertEquals(DenseNorms.class, servedNorms.getClass().getEnclosingClass(), field + " from memory");
                for (int doc = 0; doc < own.maxDoc(); doc++) {
                    boolean has = ownNorms.advanceExact(doc);
                    assertEquals(has, servedNorms.advanceExact(doc), field + " entry " + doc);
                    expected[doc] = has ? ownNorms.longValue() : -1;
                    if (has) {
                        assertEquals(expected[doc], servedNorms.longValue(), field + " entry " + doc);
                        zeros += expected[doc] == 0 ? 1 : 0;
                    } else {
                        without++;
                    }
                }
                int[] docs = IntStream.range(0, 300).map(i -> random.nextInt(own.maxDoc())).sorted().toArray();
                long[] bulk = new long[docs.length + 2];
                served.getNormValues(field).longValues(docs.length - 5, docs, 5, bulk, 2, -1);
                for (int i = 5; i < docs.length; i++) {
                    assertEquals(expected[docs[i]], bulk[i - 3], field + " bulk entry " + docs[i]);
                }
            }
        }
        assertEquals(RANKED_FIELDS.size() * CorpusIndexFixture.summary().documents(), without,
                "a document's own entry has neither field");
        assertEquals(emptyRankingFields(), zeros, "a task's title or text without ranking words has norm 0");
        assertTrue(zeros > 0, "the corpus index has entries whose ranking words are empty");
    }

    /** How many task titles and texts smartcn reads no word in. */
    private static long emptyRankingFields() throws IOException {
        long empty = 0;
        for (TaskRecord task : CorpusIndexFixture.tasks()) {
            empty += words(IndexSchema.TITLE_WORDS, task.title()) == 0 ? 1 : 0;
            empty += words(IndexSchema.TEXT_WORDS, task.text()) == 0 ? 1 : 0;
        }
        return empty;
    }

    private static int words(String field, String text) throws IOException {
        int words = 0;
        try (TokenStream stream = IndexSchema.analyzer().tokenStream(field, text)) {
            stream.reset();
            while (stream.incrementToken()) {
                words++;
            }
            stream.end();
        }
        return words;
    }

    @Test
    void everyWordRanksTheSameTasksWithTheSameScores() throws IOException {
        IndexSearcher own = new IndexSearcher(stored);
        IndexSearcher served = new IndexSearcher(dense);
        List<String> differences = new ArrayList<>();
        int ranked = 0;
        for (String word : CorpusRuns.smartcnWords()) {
            SearchRequest request = Fixtures.request(word);
            TopDocs expected = own.search(LuceneQueries.build(request).ranked(), 20);
            TopDocs actual = served.search(LuceneQueries.build(request).ranked(), 20);
            if (!describe(expected).equals(describe(actual))) {
                differences.add(word + ": " + describe(expected) + " vs " + describe(actual));
            }
            ranked += expected.scoreDocs.length;
        }
        assertEquals(List.of(), differences);
        assertEquals(8_905, ranked, "hits ranked");
    }

    private static List<String> describe(TopDocs top) {
        List<String> hits = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            hits.add(hit.doc + ":" + Float.floatToIntBits(hit.score));
        }
        return hits;
    }

    @Test
    void anEntryWithoutTheFieldHasNoNextNorm() throws IOException {
        LeafReader served = dense.leaves().get(0).reader();
        NumericDocValues own = stored.leaves().get(0).reader().getNormValues(IndexSchema.TITLE_WORDS);
        NumericDocValues norms = served.getNormValues(IndexSchema.TITLE_WORDS);
        List<Integer> ownDocs = new ArrayList<>();
        List<Integer> servedDocs = new ArrayList<>();
        for (int doc = own.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = own.nextDoc()) {
            ownDocs.add(doc);
        }
        for (int doc = norms.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = norms.nextDoc()) {
            servedDocs.add(doc);
        }
        assertArrayEquals(ownDocs.toArray(), servedDocs.toArray());
    }
}
