package org.policysearch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class WordTrieTest {

    private static int walk(WordTrie trie, String word) {
        int node = trie.start(word.charAt(0));
        for (int k = 1; k < word.length() && node != WordTrie.NONE; k++) {
            node = trie.next(node, word.charAt(k));
        }
        return node;
    }

    /** smartcn stores a character's words without that character, the character alone as null. */
    @Test
    void tellsWordsFromPrefixesAndAbsentRuns() {
        WordTrie trie = new WordTrie();
        trie.add('中', null, 26063);
        trie.add('中', "华人民共和国".toCharArray(), 840);
        trie.add('人', "民政府".toCharArray(), 490);

        assertEquals(26063, trie.frequency(walk(trie, "中")));
        assertEquals(840, trie.frequency(walk(trie, "中华人民共和国")));
        assertFalse(trie.isWord(walk(trie, "中华人民")), "only a prefix of 中华人民共和国");
        assertFalse(trie.isWord(walk(trie, "人")), "人 alone was not added as a word");
        assertEquals(490, trie.frequency(walk(trie, "人民政府")));
        assertEquals(WordTrie.NONE, walk(trie, "中国"));
        assertEquals(WordTrie.NONE, walk(trie, "国"));
        assertEquals(WordTrie.NONE, walk(trie, "中华人民共和国政府"));
    }

    /** More edges than the first table holds: every word is still found after the table grows. */
    @Test
    void findsEveryWordAfterGrowing() {
        WordTrie trie = new WordTrie();
        int words = 200_000;
        for (int i = 0; i < words; i++) {
            trie.add('政', new char[] {(char) ('\u4E00' + i % 20_000), (char) ('\u4E00' + i / 20_000)}, i);
        }
        for (int i = 0; i < words; i++) {
            String word = "政" + (char) ('\u4E00' + i % 20_000) + (char) ('\u4E00' + i / 20_000);
            assertEquals(i, trie.frequency(walk(trie, word)), word);
        }
        assertFalse(trie.isWord(walk(trie, "政" + '\u4E00')), "a prefix, not a word");
    }
}
