package org.policysearch.search;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;

/** The doc ids of a hit set within a range, handed over a batch at a time as global doc ids. */
final class DocBatches {

    /** Receives {@code docs[0..count)}; the array is reused for the next batch. */
    interface Sink {
        void accept(int[] docs, int count);
    }

    private DocBatches() {
    }

    /**
     * Hands {@code sink} the doc ids of {@code docs} in [{@code from}, {@code to}), each plus
     * {@code docBase}, in batches of at most {@code batch.length}, never an empty one.
     */
    static void forEach(DocIdSetIterator docs, int from, int to, int docBase, int[] batch, Sink sink)
            throws IOException {
        int count = 0;
        for (int doc = docs.advance(from); doc < to; doc = docs.nextDoc()) {
            batch[count++] = docBase + doc;
            if (count == batch.length) {
                sink.accept(batch, count);
                count = 0;
            }
        }
        if (count > 0) {
            sink.accept(batch, count);
        }
    }
}
