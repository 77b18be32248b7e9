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

/**
 * The text analysis alone: every task's title and text through the index's analyzers, with
 * nothing read, parsed or written. No indexer can be faster than this on the same threads.
 */
final class AnalysisCeiling {

    /** Texts handed to a thread at a time. */
    private static final int CHUNK = 256;

    private AnalysisCeiling() {
    }

    /** Nanoseconds to analyse all texts as each of {@code fields} on {@code threads} threads. */
    static long measure(List<String> texts, Analyzer analyzer, List<String> fields, int threads)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long tokens = 0;
                    for (int from = next.getAndAdd(CHUNK); from < texts.size(); from = next.getAndAdd(CHUNK)) {
                        for (String text : texts.subList(from, Math.min(texts.size(), from + CHUNK))) {
                            for (String field : fields) {
                                tokens += consume(analyzer, field, text);
                            }
                        }
                    }
                    return tokens;
                }));
            }
            for (Future<Long> w : workers) {
                w.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the analyzer to the end, touching each term as the indexer would. */
    static long consume(Analyzer analyzer, String field, String text) {
        long chars = 0;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                chars += term.length();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chars;
    }
}
