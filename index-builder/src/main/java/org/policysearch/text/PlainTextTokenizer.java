package org.policysearch.text;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Exactly the tokens of a stock analysis chain (term, offsets, position increment and length,
 * type, and the final offset and increment), made straight from the characters when the text is
 * {@link PlainText plain}, and by the stock chain itself over the same text otherwise.
 *
 * <p>Why: the recall chains (a regex char filter, the standard tokenizer, then bigram or shingle
 * filters that capture and restore attribute states per token) cost as much CPU as smartcn's
 * segmentation, for tokens a loop over the characters can write directly.
 */
public abstract class PlainTextTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute span = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private final Analyzer stock;
    private final String field;
    private final PlainText text = new PlainText();
    private TokenStream fallback;

    /** {@code stock} is the chain this tokenizer stands for, run on {@code field} for texts that are not plain. */
    protected PlainTextTokenizer(Analyzer stock, String field) {
        this.stock = stock;
        this.field = field;
    }

    /** Starts on a plain text. */
    protected abstract void start(PlainText text);

    /** Sets the next token through {@link #emit}; false at the end of a plain text. */
    protected abstract boolean next(PlainText text);

    /** The position increment the stock chain ends a plain text with (separators dropped at its end). */
    protected abstract int endIncrement();

    /**
     * Sets the current token: its term the {@code length} characters of {@code chars} from
     * {@code start}, its offsets {@code from} to {@code to} in the text.
     */
    protected final void emit(char[] chars, int start, int length, int from, int to,
                              int positionIncrement, int positionLength, String tokenType) {
        clearAttributes();
        term.copyBuffer(chars, start, length);
        offset.setOffset(correctOffset(from), correctOffset(to));
        increment.setPositionIncrement(positionIncrement);
        span.setPositionLength(positionLength);
        type.setType(tokenType);
    }

    @Override
    public final void reset() throws IOException {
        super.reset();
        closeFallback();
        if (text.read(input)) {
            start(text);
        } else {
            fallback = stock.tokenStream(field, text.original());
            fallback.reset();
        }
    }

    @Override
    public final boolean incrementToken() throws IOException {
        if (fallback == null) {
            return next(text);
        }
        if (!fallback.incrementToken()) {
            return false;
        }
        clearAttributes();
        copyFromFallback();
        span.setPositionLength(fallback.getAttribute(PositionLengthAttribute.class).getPositionLength());
        type.setType(fallback.getAttribute(TypeAttribute.class).type());
        term.setEmpty().append(fallback.getAttribute(CharTermAttribute.class));
        return true;
    }

    @Override
    public final void end() throws IOException {
        super.end();
        if (fallback == null) {
            int end = correctOffset(text.length());
            offset.setOffset(end, end);
            increment.setPositionIncrement(endIncrement());
        } else {
            fallback.end();
            copyFromFallback();
        }
    }

    @Override
    public final void close() throws IOException {
        closeFallback();
        super.close();
    }

    private void copyFromFallback() {
        OffsetAttribute from = fallback.getAttribute(OffsetAttribute.class);
        offset.setOffset(correctOffset(from.startOffset()), correctOffset(from.endOffset()));
        increment.setPositionIncrement(fallback.getAttribute(PositionIncrementAttribute.class).getPositionIncrement());
    }

    private void closeFallback() throws IOException {
        if (fallback != null) {
            fallback.close();
            fallback = null;
        }
    }
}
