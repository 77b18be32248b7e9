package org.policysearch.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>A sentence is remembered only the second time it is seen: most sentences of an archive occur
 * once, and keeping them all costs more in allocation and garbage collection than it saves.
 */
public final class MemoizingSmartChineseAnalyzer extends Analyzer {

    /** Sentences remembered per tokenizer (one per thread and field), least recently used dropped first. */
    static final int SENTENCES_REMEMBERED = 1 << 14;
    /** Hashes of sentences seen once, forgotten all together when this many have gathered. */
    static final int SENTENCES_SEEN = 1 << 18;

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
        private final Map<Long, Remembered> remembered = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Remembered> eldest) {
                return size() > SENTENCES_REMEMBERED;
            }
        };
        private final Set<Long> seenOnce = new HashSet<>();
        private SegToken[] sentence;
        private int next;
        private int shift;
        private long lookups;
        private long hits;

        /** A sentence's characters, compared on every hit so that a hash collision cannot change a token. */
        private record Remembered(char[] text, SegToken[] tokens) {
            boolean is(char[] chars, int start, int length) {
                return Arrays.equals(text, 0, text.length, chars, start, start + length);
            }
        }

        MemoizingTokenizer() {
            try {
                segmenter = WORD_SEGMENTER.invoke(this);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot reach smartcn's WordSegmenter", e);
            }
        }

        @Override
        protected void setNextSentence(int sentenceStart, int sentenceEnd) {
            int length = sentenceEnd - sentenceStart;
            long hash = hash(buffer, sentenceStart, length);
            lookups++;
            next = 0;
            shift = offset + sentenceStart;
            Remembered known = remembered.get(hash);
            if (known != null && known.is(buffer, sentenceStart, length)) {
                hits++;
                sentence = known.tokens();
                return;
            }
            sentence = segment(new String(buffer, sentenceStart, length));
            if (seenOnce.remove(hash)) {
                remembered.put(hash, new Remembered(Arrays.copyOfRange(buffer, sentenceStart, sentenceEnd), sentence));
            } else {
                if (seenOnce.size() >= SENTENCES_SEEN) {
                    seenOnce.clear();
                }
                seenOnce.add(hash);
            }
        }

        /** 64-bit FNV-1a over the sentence's characters. */
        private static long hash(char[] chars, int start, int length) {
            long h = 0xcbf29ce484222325L;
            for (int i = start; i < start + length; i++) {
                h = (h ^ chars[i]) * 0x100000001b3L;
            }
            return h;
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
