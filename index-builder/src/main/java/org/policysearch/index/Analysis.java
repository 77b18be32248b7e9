package org.policysearch.index;

import java.io.Reader;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.policysearch.text.FoldingCharFilter;
import org.policysearch.text.GramTokenizer;
import org.policysearch.text.LatticeSmartChineseAnalyzer;
import org.policysearch.text.RecallTokenizer;
import org.policysearch.text.TextFolding;

/**
 * The analyzers, built from stock Lucene components so that the same chains can be declared in
 * an OpenSearch mapping (SPEC §6); the exceptions give exactly the output of the stock
 * components they stand for, only faster: {@link FoldingCharFilter} that of the {@code mapping}
 * char filter, {@link LatticeSmartChineseAnalyzer} that of SmartChineseAnalyzer, and
 * {@link RecallTokenizer} and {@link GramTokenizer} those of the whole recall and grams chains
 * ({@link #stockRecall()}, {@link #stockGrams()}):
 *
 * <ul>
 *   <li><b>recall</b>: folding char filter, separator char filter, standard tokenizer, CJK bigrams
 *       with unigrams, lower case, separator tokens dropped. A run of Han
 *       characters becomes overlapping bigrams at consecutive positions, so a phrase of bigrams
 *       finds exactly the texts holding that run literally, whatever a segmenter would make of it.
 *   <li><b>grams</b>: the recall chain's char filters and tokenizer, separator tokens dropped,
 *       shingles of {@value IndexSchema#GRAM_MIN} to {@value IndexSchema#GRAM_MAX} adjacent tokens
 *       joined without a separator, no single tokens. The standard tokenizer makes each Han character
 *       a token, so a shingle of Han characters is a literal run of the text: a query finds a run of
 *       that length as one term, without reading positions. A shingle across a separator holds the
 *       filler {@code _}, is never a run and is dropped: a third of the shingles of policy text,
 *       which no query asks for.
 *   <li><b>words</b>: folding char filter in front of SmartChineseAnalyzer's chain, its HHMM
 *       segmentation done by {@link org.policysearch.text.LatticeSegmenter}, for ranking.
 * </ul>
 *
 * <p>In an OpenSearch mapping (analysis-smartcn plugin) the same chains read: recall = char
 * filters {@code mapping} (the {@link FoldingCharFilter} table: {@link TextFolding} for letters and
 * digits) and {@code pattern_replace}
 * ({@code [^\p{L}\p{N}]+} → ⭐), tokenizer {@code standard}, filters {@code cjk_bigram}
 * ({@code output_unigrams: true}), {@code lowercase}, {@code keep_types} ({@code mode: exclude},
 * {@code <EMOJI>}); grams = the same char filters and tokenizer, filters {@code lowercase},
 * {@code keep_types} as above, {@code shingle} ({@code min_shingle_size: 3},
 * {@code max_shingle_size: 4}, {@code output_unigrams: false}, {@code token_separator: ""}),
 * {@code pattern_replace} ({@code .*_.*} → empty), {@code length} ({@code min: 1});
 * words = char filter {@code mapping}, tokenizer {@code smartcn_tokenizer}, filters
 * {@code porter_stem}, {@code smartcn_stop}.
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

    /** A shingle holding the shingle filter's filler: it spans a separator. */
    private static final Pattern ACROSS_SEPARATOR =
            Pattern.compile(".*" + Pattern.quote(ShingleFilter.DEFAULT_FILLER_TOKEN) + ".*");

    private static final String SEPARATOR_TYPE =
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

    private static final Analyzer STOCK_RECALL = new SeparatedAnalyzer(Analysis::bigrams);
    private static final Analyzer STOCK_GRAMS = new SeparatedAnalyzer(Analysis::runs);
    private static final Analyzer RECALL = new PlainTextAnalyzer(
            field -> new RecallTokenizer(STOCK_RECALL, field));
    private static final Analyzer GRAMS = new PlainTextAnalyzer(
            field -> new GramTokenizer(STOCK_GRAMS, field, IndexSchema.GRAM_MIN, IndexSchema.GRAM_MAX));
    private static final Analyzer WORDS = new FoldingWrapper(new LatticeSmartChineseAnalyzer());

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

    /**
     * Runs of {@value IndexSchema#GRAM_MIN} and {@value IndexSchema#GRAM_MAX} characters as single
     * terms: what makes a common word's literal match one postings list instead of a phrase.
     */
    public static Analyzer grams() {
        return GRAMS;
    }

    /** The stock chain {@link #recall()} stands for: its tokens, more slowly. */
    public static Analyzer stockRecall() {
        return STOCK_RECALL;
    }

    /** The stock chain {@link #grams()} stands for: its tokens, more slowly. */
    public static Analyzer stockGrams() {
        return STOCK_GRAMS;
    }

    /** SmartChineseAnalyzer's tokens behind the folding char filter, for ranking. */
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

    /** Recall's chain: bigrams (with unigrams), lower case, separators dropped. */
    private static TokenStream bigrams(Tokenizer tokenizer) {
        TokenStream stream = new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN
                | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
        return new TypeTokenFilter(new LowerCaseFilter(stream), Set.of(SEPARATOR_TYPE));
    }

    /**
     * The grams' chain: lower case, separators dropped, shingles joined without a separator, those
     * holding a filler emptied and dropped.
     */
    private static TokenStream runs(Tokenizer tokenizer) {
        TokenStream stream = new TypeTokenFilter(new LowerCaseFilter(tokenizer), Set.of(SEPARATOR_TYPE));
        ShingleFilter shingles = new ShingleFilter(stream, IndexSchema.GRAM_MIN, IndexSchema.GRAM_MAX);
        shingles.setOutputUnigrams(false);
        shingles.setTokenSeparator("");
        TokenStream emptied = new PatternReplaceFilter(shingles, ACROSS_SEPARATOR, "", false);
        return new LengthFilter(emptied, 1, Integer.MAX_VALUE);
    }

    /** Folding and separators in front of the standard tokenizer, then {@code filters}. */
    private static final class SeparatedAnalyzer extends Analyzer {
        private final Function<Tokenizer, TokenStream> filters;

        SeparatedAnalyzer(Function<Tokenizer, TokenStream> filters) {
            this.filters = filters;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(NON_WORD_RUN, SEPARATOR, fold(reader));
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /**
     * A {@link org.policysearch.text.PlainTextTokenizer} over the raw text, no char filters: it
     * folds by itself, and the stock chain it falls back to has its own.
     */
    private static final class PlainTextAnalyzer extends Analyzer {
        private final Function<String, Tokenizer> tokenizers;

        PlainTextAnalyzer(Function<String, Tokenizer> tokenizers) {
            this.tokenizers = tokenizers;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(tokenizers.apply(fieldName));
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
