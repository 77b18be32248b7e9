package org.policysearch.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;

/**
 * smartcn's own word and bigram dictionaries (its package-private singletons, read once through
 * private lookups), with lookups that give exactly the answers of its {@code WordDictionary} and
 * {@code BigramDictionary}. The words become a trie, walked one character at a time as the
 * segmenter reads a sentence: for every character it adds, the stock code runs a binary search
 * over the words of the first character (and, for the character alone, steps back through all of
 * them), and a second one for every word it finds.
 *
 * <p>Tied to the layout of Lucene 10.5.0's {@code org.apache.lucene.analysis.cn.smart.hhmm}; the
 * token-equality tests of {@link LatticeSegmenter} fail if a Lucene upgrade changes it.
 */
final class SmartcnDictionaries {

    private static final String PACKAGE = "org.apache.lucene.analysis.cn.smart.hhmm.";

    /** Joins the two words of a pair in the bigram dictionary's keys. */
    static final char PAIR_SEPARATOR = '@';

    private final WordTrie words;
    private final long[] pairHashes;
    private final int[] pairFrequencies;
    private final int pairTableSize;

    private SmartcnDictionaries(WordTrie words, long[] pairHashes, int[] pairFrequencies, int pairTableSize) {
        this.words = words;
        this.pairHashes = pairHashes;
        this.pairFrequencies = pairFrequencies;
        this.pairTableSize = pairTableSize;
    }

    static SmartcnDictionaries load() {
        try {
            Object wordDictionary = singleton("WordDictionary");
            short[] tableOfSlot = (short[]) field(wordDictionary, "wordIndexTable");
            char[] charOfSlot = (char[]) field(wordDictionary, "charIndexTable");
            char[][][] wordTables = (char[][][]) field(wordDictionary, "wordItem_charArrayTable");
            int[][] frequencyTables = (int[][]) field(wordDictionary, "wordItem_frequencyTable");
            // Each character's words sit in the table its slot names; they are stored without
            // that first character, sorted, the character alone (if a word) as null or empty.
            WordTrie words = new WordTrie();
            for (int slot = 0; slot < charOfSlot.length; slot++) {
                char[][] tails = charOfSlot[slot] == 0 ? null : wordTables[tableOfSlot[slot]];
                if (tails != null && tails.length > 0) {
                    requireStrictOrder(charOfSlot[slot], tails);
                    for (int k = 0; k < tails.length; k++) {
                        words.add(charOfSlot[slot], tails[k], frequencyTables[tableOfSlot[slot]][k]);
                    }
                }
            }
            Object pairs = singleton("BigramDictionary");
            Class<?> pairClass = pairs.getClass();
            int size = (int) lookup(pairClass).findStaticGetter(pairClass, "PRIME_BIGRAM_LENGTH", int.class).invoke();
            char separator = (char) lookup(pairClass).findStaticGetter(pairClass, "WORD_SEGMENT_CHAR", char.class).invoke();
            if (separator != PAIR_SEPARATOR) {
                throw new IllegalStateException("smartcn joins bigrams with '" + separator + "', not '" + PAIR_SEPARATOR + "'");
            }
            return new SmartcnDictionaries(words, (long[]) field(pairs, "bigramHashTable"),
                    (int[]) field(pairs, "frequencyTable"), size);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read smartcn's dictionaries (Lucene version changed?)", e);
        }
    }

    /**
     * The stock code finds a word's frequency by a second search after the prefix search; without
     * duplicate words both land on the same entry, which is what the trie keeps.
     */
    private static void requireStrictOrder(char first, char[][] tails) {
        for (int k = 1; k < tails.length; k++) {
            char[] previous = tails[k - 1] == null ? new char[0] : tails[k - 1];
            if (tails[k] == null || Arrays.compare(previous, tails[k]) >= 0) {
                throw new IllegalStateException("smartcn's words starting with " + first + " are not strictly sorted");
            }
        }
    }

    private static MethodHandles.Lookup lookup(Class<?> type) throws IllegalAccessException {
        return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
    }

    private static Object singleton(String className) throws Throwable {
        Class<?> type = Class.forName(PACKAGE + className);
        return lookup(type).findStatic(type, "getInstance", MethodType.methodType(type)).invoke();
    }

    private static Object field(Object owner, String name) throws Throwable {
        Class<?> type = owner.getClass();
        return lookup(type).unreflectGetter(type.getDeclaredField(name)).invoke(owner);
    }

    /** The word dictionary. */
    WordTrie words() {
        return words;
    }

    /** The bigram dictionary's frequency for the pair whose two hashes are given; 0 if absent. */
    int pairFrequency(long fnv, int djb) {
        int first = (int) (fnv % pairTableSize);
        int step = djb % pairTableSize;
        if (first < 0) {
            first += pairTableSize;
        }
        if (step < 0) {
            step += pairTableSize;
        }
        int index = first;
        int probe = 1;
        while (pairHashes[index] != 0 && pairHashes[index] != fnv && probe < pairTableSize) {
            index = (first + probe * step) % pairTableSize;
            probe++;
        }
        return probe < pairTableSize && pairHashes[index] == fnv ? pairFrequencies[index] : 0;
    }
}
