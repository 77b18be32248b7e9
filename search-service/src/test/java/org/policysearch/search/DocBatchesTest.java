package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facet counting reads hit sets through {@link DocBatches}: every hit of the range once, none outside it. */
class DocBatchesTest {

    private static final int MAX_DOC = 1_000;

    @ParameterizedTest(name = "[{0}, {1}) in batches of {2}")
    @CsvSource({
            "0, 1000, 3",    // the last batch partly filled
            "0, 1000, 1",
            "0, 1000, 200",  // whole batches only: 200 hits, none left over
            "250, 750, 7",   // a partition in the middle
            "999, 1000, 4",  // a range with no hit
            "0, 1000, 1024"})
    void everyHitOfTheRangeOnceInOrder(int from, int to, int size) throws IOException {
        FixedBitSet hits = new FixedBitSet(MAX_DOC);
        IntStream.range(0, MAX_DOC).filter(doc -> doc % 5 == 0).forEach(hits::set);
        int docBase = 10_000;

        List<Integer> seen = new ArrayList<>();
        List<Integer> batchSizes = new ArrayList<>();
        DocBatches.forEach(iterator(hits), from, to, docBase, new int[size], (docs, count) -> {
            batchSizes.add(count);
            for (int i = 0; i < count; i++) {
                seen.add(docs[i]);
            }
        });

        List<Integer> expected = IntStream.range(from, to).filter(hits::get).map(doc -> docBase + doc).boxed().toList();
        assertEquals(expected, seen);
        assertTrue(batchSizes.stream().allMatch(count -> count > 0 && count <= size), batchSizes::toString);
        assertEquals((expected.size() + size - 1) / size, batchSizes.size(), batchSizes::toString);
    }

    private static DocIdSetIterator iterator(FixedBitSet bits) {
        return new BitSetIterator(bits, bits.cardinality());
    }
}
