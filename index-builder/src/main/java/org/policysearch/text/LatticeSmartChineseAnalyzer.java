package org.policysearch.text;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * SmartChineseAnalyzer's chain (its tokenizer, Porter stemming, its stop words) with the
 * tokenizer's segmenter replaced by {@link LatticeSegmenter}: the same tokens, faster.
 */
public final class LatticeSmartChineseAnalyzer extends Analyzer {

    /** The tokenizer's private WordSegmenter, and that segmenter's private HHMMSegmenter. */
    private static final MethodHandle WORD_SEGMENTER;
    private static final MethodHandle SET_HHMM_SEGMENTER;

    static {
        try {
            Class<?> segmenterClass = Class.forName("org.apache.lucene.analysis.cn.smart.WordSegmenter");
            WORD_SEGMENTER = MethodHandles.privateLookupIn(HMMChineseTokenizer.class, MethodHandles.lookup())
                    .findGetter(HMMChineseTokenizer.class, "wordSegmenter", segmenterClass);
            SET_HHMM_SEGMENTER = MethodHandles.privateLookupIn(segmenterClass, MethodHandles.lookup())
                    .findSetter(segmenterClass, "hhmmSegmenter", HHMMSegmenter.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        HMMChineseTokenizer tokenizer = new HMMChineseTokenizer();
        try {
            SET_HHMM_SEGMENTER.invoke(WORD_SEGMENTER.invoke(tokenizer), new LatticeSegmenter());
        } catch (Throwable e) {
            throw new IllegalStateException("cannot replace smartcn's segmenter (Lucene version changed?)", e);
        }
        TokenStream result = new PorterStemFilter(tokenizer);
        result = new StopFilter(result, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
