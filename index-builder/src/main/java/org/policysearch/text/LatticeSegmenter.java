package org.policysearch.text;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.CharType;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * smartcn's HHMM segmentation, giving exactly the tokens of {@link HHMMSegmenter#process} from
 * the same dictionaries, with the same lookups and the same floating-point sums in the same
 * order, but without its per-sentence garbage: the stock code builds a char array for every
 * candidate word and every pair of adjacent candidates, hashes each pair from scratch, and keeps
 * the word lattice in hash maps of lists. Here the lattice is a few reused arrays, a pair's hash
 * continues from its first word's, and objects are made only for the words of the best path.
 *
 * <p>One instance per thread, like the stock segmenter it replaces in a tokenizer.
 */
public final class LatticeSegmenter extends HHMMSegmenter {

    /** How much the lone word's frequency counts against the pair's (the stock smoothing). */
    private static final double SMOOTH = 0.1;
    private static final double MAX_FREQUENCY = Utility.MAX_FREQUENCE;
    private static final double TINY = 1.0 / Utility.MAX_FREQUENCE;
    private static final long FNV_PRIME = 1099511628211L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final int DJB_OFFSET = 5381;

    private static final SmartcnDictionaries DICTIONARIES = SmartcnDictionaries.load();
    private static final WordTrie WORDS = DICTIONARIES.words();
    private static final int STRING_FREQUENCY = WORDS.frequency(Utility.STRING_CHAR_ARRAY);
    private static final int NUMBER_FREQUENCY = WORDS.frequency(Utility.NUMBER_CHAR_ARRAY);
    private static final int START_FREQUENCY = WORDS.frequency(Utility.START_CHAR_ARRAY);
    private static final int END_FREQUENCY = WORDS.frequency(Utility.END_CHAR_ARRAY);

    // ---- the lattice of one sentence: candidate words in the stock order (by start, then as found)

    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] types = new int[64];
    private int[] frequencies = new int[64];
    /** A candidate's characters: {@code chars[charStarts[t] .. charStarts[t] + charLengths[t])}. */
    private int[] charStarts = new int[64];
    private int[] charLengths = new int[64];
    private char[] chars = new char[256];
    private int charCount;
    /** Both hashes of a pair up to its second word: the candidate's characters and the separator. */
    private long[] fnvAfter = new long[64];
    private int[] djbAfter = new int[64];
    private double[] pathWeights = new double[64];
    private int[] previous = new int[64];

    // ---- per position of the sentence

    private char[] text = new char[64];
    private int[] charTypes = new int[64];
    /** The candidates starting at a position, shifted by one (the begin marker starts at -1). */
    private int[] firstAt = new int[64];
    private int[] countAt = new int[64];
    /** The word being read by {@link #addWordsFrom}: Han characters, spaces between them skipped. */
    private char[] word = new char[64];

    @Override
    public List<SegToken> process(String sentence) {
        int length = sentence.length();
        prepare(length);
        sentence.getChars(0, length, text, 0);
        addToken(-1, 0, WordType.SENTENCE_BEGIN, START_FREQUENCY, Utility.START_CHAR_ARRAY, 0, Utility.START_CHAR_ARRAY.length);
        collectWords(length);
        addToken(length, length + 1, WordType.SENTENCE_END, END_FREQUENCY, Utility.END_CHAR_ARRAY, 0, Utility.END_CHAR_ARRAY.length);
        findShortestPath();
        return bestPath();
    }

    private void prepare(int length) {
        count = 0;
        charCount = 0;
        if (charTypes.length < length + 2) {
            int size = Math.max(length + 2, charTypes.length * 2);
            text = new char[size];
            charTypes = new int[size];
            firstAt = new int[size];
            countAt = new int[size];
            word = new char[size];
        }
        Arrays.fill(countAt, 0, length + 2, 0);
    }

    /** The stock graph's candidates, position by position: the words of the dictionary, runs of letters and digits, delimiters. */
    private void collectWords(int length) {
        for (int i = 0; i < length; i++) {
            charTypes[i] = Utility.getCharType(text[i]);
        }
        int i = 0;
        while (i < length) {
            switch (charTypes[i]) {
                case CharType.SPACE_LIKE -> i++;
                case CharType.SURROGATE -> {
                    int n = Character.charCount(Character.codePointAt(text, i, length));
                    addToken(i, i + n, WordType.CHINESE_WORD, 0, text, i, n);
                    i += n;
                }
                case CharType.HANZI -> {
                    addWordsFrom(i, length);
                    i++;
                }
                case CharType.LETTER, CharType.FULLWIDTH_LETTER -> {
                    int j = runEnd(i, length, CharType.LETTER, CharType.FULLWIDTH_LETTER);
                    int type = hasType(i, j, CharType.FULLWIDTH_LETTER) ? WordType.FULLWIDTH_STRING : WordType.STRING;
                    addToken(i, j, type, STRING_FREQUENCY, Utility.STRING_CHAR_ARRAY, 0, Utility.STRING_CHAR_ARRAY.length);
                    i = j;
                }
                case CharType.DIGIT, CharType.FULLWIDTH_DIGIT -> {
                    int j = runEnd(i, length, CharType.DIGIT, CharType.FULLWIDTH_DIGIT);
                    int type = hasType(i, j, CharType.FULLWIDTH_DIGIT) ? WordType.FULLWIDTH_NUMBER : WordType.NUMBER;
                    addToken(i, j, type, NUMBER_FREQUENCY, Utility.NUMBER_CHAR_ARRAY, 0, Utility.NUMBER_CHAR_ARRAY.length);
                    i = j;
                }
                case CharType.DELIMITER -> {
                    addToken(i, i + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE, text, i, 1);
                    i++;
                }
                default -> {
                    addToken(i, i + 1, WordType.STRING, STRING_FREQUENCY, Utility.STRING_CHAR_ARRAY, 0, Utility.STRING_CHAR_ARRAY.length);
                    i++;
                }
            }
        }
    }

    /**
     * The character at {@code i} alone, then every longer dictionary word starting there: the
     * stock walk, which skips spaces between Han characters and stops as soon as no dictionary
     * word begins with what it has read.
     */
    private void addWordsFrom(int i, int length) {
        int n = 0;
        word[n++] = text[i];
        int node = WORDS.start(word[0]);
        addToken(i, i + 1, WordType.CHINESE_WORD, WORDS.frequency(node), word, 0, 1);
        int j = i + 1;
        while (j <= length && node != WordTrie.NONE) {
            if (n > 1 && WORDS.isWord(node)) {
                addToken(i, j, WordType.CHINESE_WORD, WORDS.frequency(node), word, 0, n);
            }
            while (j < length && charTypes[j] == CharType.SPACE_LIKE) {
                j++;
            }
            if (j >= length || charTypes[j] != CharType.HANZI) {
                return;
            }
            word[n] = text[j];
            node = WORDS.next(node, word[n]);
            n++;
            j++;
        }
    }

    private int runEnd(int i, int length, int type, int fullWidthType) {
        int j = i + 1;
        while (j < length && (charTypes[j] == type || charTypes[j] == fullWidthType)) {
            j++;
        }
        return j;
    }

    private boolean hasType(int from, int to, int type) {
        for (int k = from; k < to; k++) {
            if (charTypes[k] == type) {
                return true;
            }
        }
        return false;
    }

    /** Records a candidate whose characters (for the bigram lookups and the output) are {@code source[from..from + n)}. */
    private void addToken(int start, int end, int type, int frequency, char[] source, int from, int n) {
        if (charCount + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + n));
        }
        System.arraycopy(source, from, chars, charCount, n);
        if (count == starts.length) {
            growTokens();
        }
        int t = count++;
        starts[t] = start;
        ends[t] = end;
        types[t] = type;
        frequencies[t] = frequency;
        charStarts[t] = charCount;
        charLengths[t] = n;
        long fnv = FNV_OFFSET;
        int djb = DJB_OFFSET;
        for (int k = charCount; k < charCount + n; k++) {
            fnv = fnv(fnv, chars[k]);
            djb = djb(djb, chars[k]);
        }
        fnvAfter[t] = fnv(fnv, SmartcnDictionaries.PAIR_SEPARATOR);
        djbAfter[t] = djb(djb, SmartcnDictionaries.PAIR_SEPARATOR);
        charCount += n;
        if (countAt[start + 1]++ == 0) {
            firstAt[start + 1] = t;
        }
    }

    /**
     * Viterbi over the pairs of adjacent candidates, each pair weighed by the bigram dictionary as
     * the stock graph weighs it. Edges into a candidate are tried in the stock order (by the
     * first word's place in the lattice) and replace the best only when strictly lighter, so ties
     * go the same way.
     */
    private void findShortestPath() {
        pathWeights[0] = 0;
        Arrays.fill(pathWeights, 1, count, Double.MAX_VALUE);
        // The end marker (last) has no successor; every other candidate ends at or before it.
        for (int from = 0; from < count - 1; from++) {
            int next = ends[from];
            while (countAt[next + 1] == 0) {
                next++;
            }
            double oneWordFrequency = frequencies[from];
            double unseenPairWeight = weight(oneWordFrequency, 0);
            int first = firstAt[next + 1];
            for (int to = first; to < first + countAt[next + 1]; to++) {
                long fnv = fnvAfter[from];
                int djb = djbAfter[from];
                for (int k = charStarts[to]; k < charStarts[to] + charLengths[to]; k++) {
                    fnv = fnv(fnv, chars[k]);
                    djb = djb(djb, chars[k]);
                }
                int pairFrequency = DICTIONARIES.pairFrequency(fnv, djb);
                double weight = pairFrequency == 0 ? unseenPairWeight : weight(oneWordFrequency, pairFrequency);
                double candidate = pathWeights[from] + weight;
                if (candidate < pathWeights[to]) {
                    pathWeights[to] = candidate;
                    previous[to] = from;
                }
            }
        }
    }

    /** The stock smoothed cost of a pair, term for term. */
    private static double weight(double oneWordFrequency, int pairFrequency) {
        return -Math.log(SMOOTH * (1.0 + oneWordFrequency) / MAX_FREQUENCY
                + (1.0 - SMOOTH) * ((1.0 - TINY) * pairFrequency / (1.0 + oneWordFrequency) + TINY));
    }

    /** smartcn's 64-bit FNV step over a character's two bytes. */
    private static long fnv(long hash, char c) {
        long h = (hash ^ (c & 0x00FF)) * FNV_PRIME;
        return (h ^ (c >> 8)) * FNV_PRIME;
    }

    /** smartcn's second hash step, precedence and all ({@code + } binds before {@code &} and {@code >>}). */
    private static int djb(int hash, char c) {
        int h = (((hash << 5) + hash) + c) & 0x00FF;
        return (((h << 5) + h) + c) >> 8;
    }

    /** The best path from the begin marker to the end marker, both included, as the stock segmenter returns it. */
    private List<SegToken> bestPath() {
        int steps = 0;
        for (int t = count - 1; t != 0; t = previous[t]) {
            steps++;
        }
        SegToken[] path = new SegToken[steps + 1];
        int t = count - 1;
        for (int k = steps; k > 0; k--, t = previous[t]) {
            path[k] = token(t);
        }
        path[0] = token(0);
        return Arrays.asList(path);
    }

    /** A fresh token: smartcn's word filter rewrites a token's characters in place. */
    private SegToken token(int t) {
        SegToken token = new SegToken(Arrays.copyOfRange(chars, charStarts[t], charStarts[t] + charLengths[t]),
                starts[t], ends[t], types[t], frequencies[t]);
        token.index = t;
        return token;
    }

    private void growTokens() {
        int size = starts.length * 2;
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        types = Arrays.copyOf(types, size);
        frequencies = Arrays.copyOf(frequencies, size);
        charStarts = Arrays.copyOf(charStarts, size);
        charLengths = Arrays.copyOf(charLengths, size);
        fnvAfter = Arrays.copyOf(fnvAfter, size);
        djbAfter = Arrays.copyOf(djbAfter, size);
        pathWeights = Arrays.copyOf(pathWeights, size);
        previous = Arrays.copyOf(previous, size);
    }
}
