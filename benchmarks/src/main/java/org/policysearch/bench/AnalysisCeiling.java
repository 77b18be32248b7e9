package org.policysearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The text analysis alone: every task's title and text through the index's analyzers, with
 * nothing read, parsed or written. No indexer can be faster than this on the same threads.
 */
final class AnalysisCeiling {

    /** Texts handed to a thread at a time. */
    private static final int CHUNK = 256;

    private AnalysisCeiling() {
    }

    /**
     * Analyses all texts as each of {@code fields} on {@code threads} threads and returns a checksum
     * of every token (term, offsets, position increment), independent of the order the threads took
     * the texts in: equal checksums, equal tokens. The caller times it.
     */
    static long measure(List<String> texts, Analyzer analyzer, List<String> fields, int threads)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long checksum = 0;
                    for (int from = next.getAndAdd(CHUNK); from < texts.size(); from = next.getAndAdd(CHUNK)) {
                        for (String text : texts.subList(from, Math.min(texts.size(), from + CHUNK))) {
                            for (String field : fields) {
                                checksum += consume(analyzer, field, text);
                            }
                        }
                    }
                    return checksum;
                }));
            }
            long checksum = 0;
            for (Future<Long> w : workers) {
                checksum += w.get();
            }
            return checksum;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the analyzer to the end, reading each token as the indexer would; returns the text's checksum. */
    static long consume(Analyzer analyzer, String field, String text) {
        long hash = 0;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                hash = 31 * (31 * (31 * hash + termHash(term)) + offset.startOffset() * 65_537L + offset.endOffset())
                        + increment.getPositionIncrement();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hash;
    }

    /** The term's {@code String.hashCode}, without the String: the indexer makes none either. */
    private static int termHash(CharTermAttribute term) {
        char[] chars = term.buffer();
        int hash = 0;
        for (int i = 0; i < term.length(); i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }
}
