package org.policysearch.index;

import java.io.Reader;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.policysearch.text.FoldingCharFilter;
import org.policysearch.text.TextFolding;

/**
 * The analyzers, built from stock Lucene components so that the same chains can be declared in
 * an OpenSearch mapping (SPEC §6); the one exception, {@link FoldingCharFilter}, gives exactly
 * the output of the stock {@code mapping} char filter, only faster:
 *
 * <ul>
 *   <li><b>recall</b>: folding char filter, separator char filter, standard tokenizer, CJK bigrams
 *       with unigrams, lower case, separator tokens dropped. A run of Han
 *       characters becomes overlapping bigrams at consecutive positions, so a phrase of bigrams
 *       finds exactly the texts holding that run literally, whatever a segmenter would make of it.
 *   <li><b>words</b>: folding char filter in front of SmartChineseAnalyzer, for ranking.
 * </ul>
 *
 * <p>In an OpenSearch mapping (analysis-smartcn plugin) the same chains read: recall = char
 * filters {@code mapping} (the {@link FoldingCharFilter} table: {@link TextFolding} for letters and
 * digits) and {@code pattern_replace}
 * ({@code [^\p{L}\p{N}]+} → ⭐), tokenizer {@code standard}, filters {@code cjk_bigram}
 * ({@code output_unigrams: true}), {@code lowercase}, {@code keep_types} ({@code mode: exclude},
 * {@code <EMOJI>}); words = char filter {@code mapping}, tokenizer {@code smartcn_tokenizer},
 * filters {@code porter_stem}, {@code smartcn_stop}.
 */
public final class Analysis {

    /**
     * Every run of characters that are neither letters nor digits (punctuation, spaces, symbols)
     * becomes this one emoji. The standard tokenizer emits it as a token of its own, so it takes a
     * position between the bigrams on either side; it is dropped after bigramming, leaving a gap.
     * Without it, {@code 工作。作为} would index 工作 and 作为 at adjacent positions and the
     * query 工作为 (bigrams 工作, 作为) would match a text that does not contain it.
     */
    static final String SEPARATOR = "\u2B50";

    /** Neither letter nor digit, e.g. the {@code 。} in {@code 工作。作为} or the spaces of a PDF line. */
    private static final Pattern NON_WORD_RUN = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final String SEPARATOR_TYPE =
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

    private static final Analyzer RECALL = new RecallAnalyzer();
    private static final Analyzer WORDS = new FoldingWrapper(new SmartChineseAnalyzer());

    private Analysis() {
    }

    /**
     * Recall analysis: Han runs as bigrams, each character also as a unigram (so that a single
     * character finds its texts) at the position of the bigram it starts. A query keeps the
     * bigrams and only the unigrams no bigram covers, at the positions this analyzer gives them.
     */
    public static Analyzer recall() {
        return RECALL;
    }

    /** SmartChineseAnalyzer behind the folding char filter, for ranking. */
    public static Analyzer words() {
        return WORDS;
    }

    /**
     * Width, bracket and script folding applied before every text analyzer. A char filter, so
     * offsets still point into the original text for highlighting.
     */
    private static Reader fold(Reader reader) {
        return new FoldingCharFilter(reader);
    }

    private static final class RecallAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(NON_WORD_RUN, SEPARATOR, fold(reader));
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN
                    | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
            stream = new LowerCaseFilter(stream);
            stream = new TypeTokenFilter(stream, Set.of(SEPARATOR_TYPE));
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** Puts the folding char filter in front of an analyzer that cannot be subclassed. */
    private static final class FoldingWrapper extends AnalyzerWrapper {
        private final Analyzer delegate;

        FoldingWrapper(Analyzer delegate) {
            super(delegate.getReuseStrategy());
            this.delegate = delegate;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return delegate;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            return fold(reader);
        }
    }
}
