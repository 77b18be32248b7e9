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
     * Each token's and filler's offsets (a filler's is empty). Tokens with no filler between them
     * are adjacent in the text, so a kept shingle's term is the text's own terms from its first
     * token's start to its last token's end.
     */
    private int[] from = new int[64];
    private int[] to = new int[64];
    /** How many fillers come before each token or filler (and, one past the last, in all). */
    private int[] fillersBefore = new int[64];
    private int count;

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
        fillersBefore[0] = 0;
        boolean separated = false;
        for (int i = 0; i < text.length(); ) {
            int end = text.runEnd(i);
            if (text.classAt(i) == PlainText.SEPARATOR) {
                separated = true;
            } else {
                if (separated) {
                    add(i, i, 1);
                    separated = false;
                }
                add(i, end, 0);
            }
            i = end;
        }
        if (separated) {
            add(text.length(), text.length(), 1);
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
            emit(from[first], to[last], increment + skipped, positionLength, ShingleFilter.DEFAULT_TOKEN_TYPE);
            skipped = 0;
            return true;
        }
    }

    @Override
    protected int endIncrement() {
        boolean endsWithFiller = count > 0 && fillersBefore[count] > fillersBefore[count - 1];
        return (endsWithFiller ? 1 : 0) + skipped;
    }

    private void add(int offsetFrom, int offsetTo, int fillers) {
        if (count + 1 == fillersBefore.length) {
            int grown = ArrayUtil.oversize(count + 2, Integer.BYTES);
            fillersBefore = ArrayUtil.growExact(fillersBefore, grown);
            from = ArrayUtil.growExact(from, grown);
            to = ArrayUtil.growExact(to, grown);
        }
        from[count] = offsetFrom;
        to[count] = offsetTo;
        count++;
        fillersBefore[count] = fillersBefore[count - 1] + fillers;
    }
}
