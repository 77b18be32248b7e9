package org.policysearch.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The recall chain's tokens (standard tokenizer, CJK bigrams with unigrams, lower case,
 * separators dropped) written straight from a plain text: each Han character as a unigram at its
 * own position, followed by the bigram it starts with the next Han character at the same position;
 * each run of ASCII letters and digits as one token; a run of separators as a position skipped.
 */
public final class RecallTokenizer extends PlainTextTokenizer {

    private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private int next;
    private int skipped;
    private int bigramAt;

    public RecallTokenizer(Analyzer stock, String field) {
        super(stock, field);
    }

    @Override
    protected void start(PlainText text) {
        next = 0;
        skipped = 0;
        bigramAt = -1;
    }

    @Override
    protected boolean next(PlainText text) {
        if (bigramAt >= 0) {
            emit(bigramAt, bigramAt + 2, 0, 2, CJKBigramFilter.DOUBLE_TYPE);
            bigramAt = -1;
            return true;
        }
        while (next < text.length()) {
            int start = next;
            byte type = text.classAt(start);
            next = text.runEnd(start);
            if (type == PlainText.SEPARATOR) {
                skipped++;
                continue;
            }
            if (type == PlainText.HAN) {
                emit(start, next, 1 + skipped, 1, CJKBigramFilter.SINGLE_TYPE);
                if (next < text.length() && text.classAt(next) == PlainText.HAN) {
                    bigramAt = start;
                }
            } else {
                emit(start, next, 1 + skipped, 1, text.digitsOnly(start, next) ? NUM : ALPHANUM);
            }
            skipped = 0;
            return true;
        }
        return false;
    }

    @Override
    protected int endIncrement() {
        return skipped;
    }
}
