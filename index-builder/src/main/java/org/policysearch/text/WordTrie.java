package org.policysearch.text;

import java.util.Arrays;

/**
 * smartcn's word dictionary as a trie: a node for every prefix of a word, holding the word's
 * frequency when the prefix is a word itself. First characters index an array; the edges below
 * live in one open-addressing table keyed by (node, character), so a step costs one probe.
 */
final class WordTrie {

    /** No such node: nothing in the dictionary starts with what was read. */
    static final int NONE = -1;
    /** Frequency of a node that is only the prefix of longer words. */
    private static final int NOT_A_WORD = -1;

    private final int[] starts = new int[Character.MAX_VALUE + 1];
    private int[] frequencies = new int[1 << 16];
    private int nodes;
    /** Edge keys ({@code (node + 1) << 16 | c}, never 0) and the child each leads to; 0 is an empty slot. */
    private long[] edgeKeys = new long[1 << 18];
    private int[] edgeChildren = new int[1 << 18];
    private int edges;

    WordTrie() {
        Arrays.fill(starts, NONE);
    }

    /** Adds the word {@code first} + {@code tail} (tail null or empty: the character alone). */
    void add(char first, char[] tail, int frequency) {
        if (frequency < 0) {
            throw new IllegalArgumentException("smartcn's word frequencies are counts, not " + frequency);
        }
        if (starts[first] == NONE) {
            starts[first] = newNode();
        }
        int node = starts[first];
        int length = tail == null ? 0 : tail.length;
        for (int k = 0; k < length; k++) {
            int child = next(node, tail[k]);
            if (child == NONE) {
                child = newNode();
                putEdge(node, tail[k], child);
            }
            node = child;
        }
        frequencies[node] = frequency;
    }

    /** The words starting with {@code c}; {@link #NONE} if there are none. */
    int start(char c) {
        return starts[c];
    }

    /** What {@code node} has read followed by {@code c}; {@link #NONE} if no word starts so. */
    int next(int node, char c) {
        long key = key(node, c);
        int mask = edgeKeys.length - 1;
        for (int slot = slot(key, mask); edgeKeys[slot] != 0; slot = (slot + 1) & mask) {
            if (edgeKeys[slot] == key) {
                return edgeChildren[slot];
            }
        }
        return NONE;
    }

    /** Whether what {@code node} has read is a word. */
    boolean isWord(int node) {
        return node != NONE && frequencies[node] != NOT_A_WORD;
    }

    /** The frequency of what {@code node} has read, 0 if it is not a word (as smartcn's lookup answers). */
    int frequency(int node) {
        return isWord(node) ? frequencies[node] : 0;
    }

    /** A whole word's frequency, 0 if it is not in the dictionary. */
    int frequency(char[] word) {
        int node = start(word[0]);
        for (int k = 1; k < word.length && node != NONE; k++) {
            node = next(node, word[k]);
        }
        return frequency(node);
    }

    private int newNode() {
        if (nodes == frequencies.length) {
            frequencies = Arrays.copyOf(frequencies, nodes * 2);
        }
        frequencies[nodes] = NOT_A_WORD;
        return nodes++;
    }

    private void putEdge(int node, char c, int child) {
        if (2 * (edges + 1) > edgeKeys.length) {
            rehash(edgeKeys.length * 2);
        }
        long key = key(node, c);
        int mask = edgeKeys.length - 1;
        int slot = slot(key, mask);
        while (edgeKeys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        edgeKeys[slot] = key;
        edgeChildren[slot] = child;
        edges++;
    }

    private void rehash(int size) {
        long[] keys = edgeKeys;
        int[] children = edgeChildren;
        edgeKeys = new long[size];
        edgeChildren = new int[size];
        int mask = size - 1;
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != 0) {
                int slot = slot(keys[k], mask);
                while (edgeKeys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                edgeKeys[slot] = keys[k];
                edgeChildren[slot] = children[k];
            }
        }
    }

    private static long key(int node, char c) {
        return ((long) (node + 1) << 16) | c;
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
}
