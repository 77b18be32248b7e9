package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facet counting reads hit sets through {@link DocBatches}: every hit of the range once, none
 * outside it, whether the set is a bit set (read a word at a time) or any other (its iterator).
 */
class DocBatchesTest {

    private static final int MAX_DOC = 1_000;

    @ParameterizedTest(name = "[{0}, {1}) in batches of {2}, bit set {3}")
    @CsvSource({
            "0, 1000, 3, true",     // the last batch partly filled
            "0, 1000, 3, false",
            "0, 1000, 1, true",
            "0, 1000, 1, false",
            "0, 1000, 112, true",   // whole batches only: 224 hits, none left over
            "0, 1000, 112, false",
            "250, 750, 7, true",    // a partition in the middle, neither end on a word's edge
            "250, 750, 7, false",
            "64, 128, 5, true",     // one whole word: its first and last bits are hits
            "63, 129, 5, true",     // the last bit of one word to the first of the word after next
            "999, 1000, 4, true",   // a range with no hit
            "999, 1000, 4, false",
            "0, 2000, 1024, true",  // a range past the set's end
            "0, 1000, 1024, false"})
    void everyHitOfTheRangeOnceInOrder(int from, int to, int size, boolean bitSet) throws IOException {
        FixedBitSet bits = new FixedBitSet(MAX_DOC);
        IntStream.range(0, MAX_DOC).filter(doc -> doc % 5 == 0 || doc % 64 == 0 || doc % 64 == 63).forEach(bits::set);
        DocIdSet hits = bitSet ? new BitDocIdSet(bits) : iteratorOnly(bits);
        int docBase = 10_000;

        List<Integer> seen = new ArrayList<>();
        List<Integer> batchSizes = new ArrayList<>();
        DocBatches.forEach(hits, from, to, docBase, new int[size], (docs, count) -> {
            batchSizes.add(count);
            for (int i = 0; i < count; i++) {
                seen.add(docs[i]);
            }
        });

        List<Integer> expected = IntStream.range(from, Math.min(to, MAX_DOC)).filter(bits::get).map(doc -> docBase + doc).boxed().toList();
        assertEquals(expected, seen);
        assertTrue(batchSizes.stream().allMatch(count -> count > 0 && count <= size), batchSizes::toString);
        assertEquals((expected.size() + size - 1) / size, batchSizes.size(), batchSizes::toString);
    }

    /** A set read through its iterator alone, as {@code IntArrayDocIdSet} (a narrow search's hits) is. */
    private static DocIdSet iteratorOnly(FixedBitSet bits) {
        return new DocIdSet() {
            @Override
            public DocIdSetIterator iterator() {
                return new BitSetIterator(bits, bits.cardinality());
            }

            @Override
            public long ramBytesUsed() {
                return bits.ramBytesUsed();
            }
        };
    }
}
