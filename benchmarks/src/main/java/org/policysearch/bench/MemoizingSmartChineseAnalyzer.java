package org.policysearch.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * SmartChineseAnalyzer's chain with one change: a sentence segmented before is not segmented
 * again. HHMM segmentation is a function of the sentence alone (its offset only shifts the
 * offsets), so replaying a remembered segmentation yields exactly the stock tokens; the benchmark
 * measures the speed and the test proves the equality over a whole generated archive.
 */
public final class MemoizingSmartChineseAnalyzer extends Analyzer {

    /** Sentences remembered per tokenizer (one per thread and field), least recently used dropped first. */
    static final int SENTENCES_REMEMBERED = 1 << 16;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        MemoizingTokenizer tokenizer = new MemoizingTokenizer();
        TokenStream result = new PorterStemFilter(tokenizer);
        result = new StopFilter(result, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** HMMChineseTokenizer whose sentences are looked up before they are segmented. */
    static final class MemoizingTokenizer extends HMMChineseTokenizer {

        /** The stock tokenizer's private WordSegmenter and its segmentSentence(String, int). */
        private static final MethodHandle WORD_SEGMENTER;
        private static final MethodHandle SEGMENT_SENTENCE;
        /** The type every token of HMMChineseTokenizer carries. */
        private static final String WORD_TYPE = "word";

        static {
            try {
                MethodHandles.Lookup tokenizer = MethodHandles.privateLookupIn(HMMChineseTokenizer.class, MethodHandles.lookup());
                Class<?> segmenterClass = Class.forName("org.apache.lucene.analysis.cn.smart.WordSegmenter");
                WORD_SEGMENTER = tokenizer.findGetter(HMMChineseTokenizer.class, "wordSegmenter", segmenterClass);
                SEGMENT_SENTENCE = MethodHandles.privateLookupIn(segmenterClass, MethodHandles.lookup())
                        .findVirtual(segmenterClass, "segmentSentence", MethodType.methodType(List.class, String.class, int.class));
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
        private final Object segmenter;
        private final Map<String, SegToken[]> remembered = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SegToken[]> eldest) {
                return size() > SENTENCES_REMEMBERED;
            }
        };
        private SegToken[] sentence;
        private int next;
        private int shift;
        private long lookups;
        private long hits;

        MemoizingTokenizer() {
            try {
                segmenter = WORD_SEGMENTER.invoke(this);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot reach smartcn's WordSegmenter", e);
            }
        }

        @Override
        protected void setNextSentence(int sentenceStart, int sentenceEnd) {
            String text = new String(buffer, sentenceStart, sentenceEnd - sentenceStart);
            lookups++;
            sentence = remembered.get(text);
            if (sentence == null) {
                sentence = segment(text);
                remembered.put(text, sentence);
            } else {
                hits++;
            }
            next = 0;
            shift = offset + sentenceStart;
        }

        @SuppressWarnings("unchecked")
        private SegToken[] segment(String text) {
            try {
                return ((List<SegToken>) SEGMENT_SENTENCE.invoke(segmenter, text, 0)).toArray(new SegToken[0]);
            } catch (Throwable e) {
                throw new IllegalStateException("smartcn failed on a sentence", e);
            }
        }

        /** The same attributes HMMChineseTokenizer sets, offsets shifted to the sentence's place. */
        @Override
        protected boolean incrementWord() {
            if (sentence == null || next == sentence.length) {
                return false;
            }
            SegToken token = sentence[next++];
            clearAttributes();
            termAtt.copyBuffer(token.charArray, 0, token.charArray.length);
            offsetAtt.setOffset(correctOffset(shift + token.startOffset), correctOffset(shift + token.endOffset));
            typeAtt.setType(WORD_TYPE);
            return true;
        }

        @Override
        public void reset() throws java.io.IOException {
            super.reset();
            sentence = null;
        }

        /** Share of sentences found already segmented. */
        double hitRate() {
            return lookups == 0 ? 0 : hits / (double) lookups;
        }
    }
}
