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
    private Fallback fallback;

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
     * Sets the current token: the text from {@code from} to {@code to}, its term those characters
     * folded and in lower case (every token of a plain text is a stretch of it).
     */
    protected final void emit(int from, int to, int positionIncrement, int positionLength, String tokenType) {
        clearAttributes();
        term.copyBuffer(text.terms(), from, to - from);
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
            fallback = new Fallback(stock.tokenStream(field, text.original()));
            fallback.stream.reset();
        }
    }

    @Override
    public final boolean incrementToken() throws IOException {
        if (fallback == null) {
            return next(text);
        }
        if (!fallback.stream.incrementToken()) {
            return false;
        }
        clearAttributes();
        copyFromFallback();
        span.setPositionLength(fallback.span.getPositionLength());
        type.setType(fallback.type.type());
        term.setEmpty().append(fallback.term);
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
            fallback.stream.end();
            copyFromFallback();
        }
    }

    @Override
    public final void close() throws IOException {
        closeFallback();
        super.close();
    }

    private void copyFromFallback() {
        offset.setOffset(correctOffset(fallback.offset.startOffset()), correctOffset(fallback.offset.endOffset()));
        increment.setPositionIncrement(fallback.increment.getPositionIncrement());
    }

    private void closeFallback() throws IOException {
        if (fallback != null) {
            fallback.stream.close();
            fallback = null;
        }
    }

    /** The stock chain over a text that is not plain, and the attributes copied from it. */
    private record Fallback(TokenStream stream, CharTermAttribute term, OffsetAttribute offset,
                            PositionIncrementAttribute increment, PositionLengthAttribute span, TypeAttribute type) {
        Fallback(TokenStream stream) {
            this(stream, stream.addAttribute(CharTermAttribute.class), stream.addAttribute(OffsetAttribute.class),
                    stream.addAttribute(PositionIncrementAttribute.class),
                    stream.addAttribute(PositionLengthAttribute.class), stream.addAttribute(TypeAttribute.class));
        }
    }
}
