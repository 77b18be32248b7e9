package org.policysearch.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.util.ArrayUtil;

/**
 * The grams chain's tokens (standard tokenizer, lower case, separators dropped, shingles of
 * {@code min} and {@code max} tokens joined without a separator, those holding a filler dropped)
 * written straight from a plain text. The shingle filter sees a Han character or a run of ASCII
 * letters and digits as one token, and each dropped separator as a filler token {@code _} where it
 * was (empty, at the next token's start, or at the text's end); at each token or filler in turn it
 * joins the {@code min} and then the {@code max} from there, while enough follow. A shingle holding a
 * filler is dropped, its position increment carried to the next shingle kept (or to the end).
 */
public final class GramTokenizer extends PlainTextTokenizer {

    private final int min;
    private final int max;

    /**
     * The terms of the tokens, one after another (a filler's is empty: no shingle kept holds one),
     * so that a shingle's term is a stretch of them.
     */
    private char[] terms = new char[1024];
    /** Where each token's or filler's term starts in {@link #terms}, and (one past the last) where they end. */
    private int[] at = new int[64];
    /** How many fillers come before each token or filler (and, one past the last, in all). */
    private int[] fillersBefore = new int[64];
    /** Each token's or filler's offsets. */
    private int[] from = new int[64];
    private int[] to = new int[64];
    private int count;
    private boolean endsSeparated;

    private int first;
    private int size;
    /** The position increments of the shingles dropped since the last one kept. */
    private int skipped;

    public GramTokenizer(Analyzer stock, String field, int min, int max) {
        super(stock, field);
        this.min = min;
        this.max = max;
    }

    @Override
    protected void start(PlainText text) {
        count = 0;
        at[0] = 0;
        fillersBefore[0] = 0;
        boolean separated = false;
        for (int i = 0; i < text.length(); ) {
            int end = text.classAt(i) == PlainText.HAN ? i + 1 : text.runEnd(i);
            if (text.classAt(i) == PlainText.SEPARATOR) {
                separated = true;
            } else {
                if (separated) {
                    addFiller(text, i);
                    separated = false;
                }
                add(text.terms(), i, end - i, i, end, 0);
            }
            i = end;
        }
        endsSeparated = separated;
        if (separated) {
            addFiller(text, text.length());
        }
        first = 0;
        size = min;
        skipped = 0;
    }

    @Override
    protected boolean next(PlainText text) {
        while (true) {
            if (size > max || first + size > count) {
                first++;
                size = min;
            }
            if (first + size > count) {
                return false;
            }
            int last = first + size - 1;
            int increment = size == min ? 1 : 0;
            int positionLength = size - min + 1;
            size++;
            if (fillersBefore[last + 1] > fillersBefore[first]) {
                skipped += increment;
                continue;
            }
            emit(terms, at[first], at[last + 1] - at[first], from[first], to[last], increment + skipped,
                    positionLength, ShingleFilter.DEFAULT_TOKEN_TYPE);
            skipped = 0;
            return true;
        }
    }

    @Override
    protected int endIncrement() {
        return (endsSeparated ? 1 : 0) + skipped;
    }

    private void addFiller(PlainText text, int offset) {
        add(text.terms(), 0, 0, offset, offset, 1);
    }

    private void add(char[] chars, int start, int length, int offsetFrom, int offsetTo, int fillers) {
        if (count + 1 == at.length) {
            int grown = ArrayUtil.oversize(count + 2, Integer.BYTES);
            at = ArrayUtil.growExact(at, grown);
            fillersBefore = ArrayUtil.growExact(fillersBefore, grown);
            from = ArrayUtil.growExact(from, grown);
            to = ArrayUtil.growExact(to, grown);
        }
        terms = ArrayUtil.grow(terms, at[count] + length);
        System.arraycopy(chars, start, terms, at[count], length);
        from[count] = offsetFrom;
        to[count] = offsetTo;
        count++;
        at[count] = at[count - 1] + length;
        fillersBefore[count] = fillersBefore[count - 1] + fillers;
    }
}
