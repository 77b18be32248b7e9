package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policysearch.task.TaskRecord;
import org.policysearch.text.TextFolding;

/**
 * Grep parity over the whole corpus: a run of Han characters finds exactly the tasks whose title
 * or text contains it (after the same width and script folding the index applies), whatever
 * smartcn makes of it; a quoted phrase finds no task without it. Latin words and numbers match
 * as whole words.
 */
class GrepParityTest {

    private static final long SEED = 20261122L;
    private static final int SAMPLES = 600;

    private static final Pattern NON_WORD_RUN = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static Set<String> hits(String query) {
        Set<String> ids = new TreeSet<>();
        CorpusIndexFixture.backend().export(Fixtures.request(query), task -> ids.add(task.taskId()));
        return ids;
    }

    private static Set<String> grep(String needle) {
        String folded = TextFolding.fold(needle);
        Set<String> ids = new TreeSet<>();
        for (TaskRecord task : CorpusIndexFixture.tasks()) {
            if (TextFolding.fold(task.title()).contains(folded) || TextFolding.fold(task.text()).contains(folded)) {
                ids.add(task.taskId());
            }
        }
        return ids;
    }

    @Test
    void everySampledHanRunFindsExactlyTheTasksHoldingIt() {
        List<String> samples = CorpusRuns.sample(new Random(SEED), SAMPLES);
        List<String> mismatches = new ArrayList<>();
        for (String sample : samples) {
            Set<String> expected = grep(sample);
            assertTrue(!expected.isEmpty(), sample);
            if (!expected.equals(hits(sample))) {
                mismatches.add(sample + ": grep " + expected + " search " + hits(sample));
            }
        }
        assertEquals(List.of(), mismatches);
    }

    /**
     * Every word smartcn reads in the corpus's titles and texts, as a query. A word of three or
     * more Han characters is also found through its {@code .words} postings, beside the phrase of
     * bigrams: that must find no task the phrase would not (smartcn's words are runs of the text)
     * and lose none (the phrase still finds the runs smartcn cut otherwise).
     */
    @Test
    void everyWordSmartcnReadsFindsExactlyTheTasksHoldingIt() {
        Set<String> words = CorpusRuns.smartcnWords();
        assertTrue(words.size() > 1_000, words.size() + " words");
        List<String> mismatches = new ArrayList<>();
        for (String word : words) {
            Set<String> found = hits(word);
            if (!grep(word).equals(found)) {
                mismatches.add(word + ": grep " + grep(word) + " search " + found);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    /**
     * Runs smartcn cuts differently from the text: across agency names and word boundaries
     * (区财政 of 自治区财政厅), inside unknown names (贺兰山东麓, 宁东管委), and single characters.
     */
    @ParameterizedTest
    @ValueSource(strings = {"区财政", "政厅", "治区发展", "贺兰山东麓", "宁东管委", "东麓葡萄", "精准脱贫",
            "脱贫攻坚", "农业农村", "一带一路", "十三五", "银川综合保税", "扶", "贫", "厅", "葡"})
    void runsAcrossWordBoundariesAndSingleCharacters(String run) {
        assertEquals(grep(run), hits(run));
    }

    @ParameterizedTest
    @ValueSource(strings = {"農業農村", "脫貧攻堅", "區財政", "自治區"})
    void traditionalScriptFindsSimplifiedText(String traditional) {
        Set<String> expected = grep(TextFolding.fold(traditional));
        assertTrue(!expected.isEmpty());
        assertEquals(expected, hits(traditional));
    }

    /**
     * Quoted stretches of text with punctuation and digits: every task that holds the phrase is
     * found, and every task found holds it, up to what separates the words (a run of punctuation
     * or spaces in a phrase matches any such run).
     */
    @Test
    void quotedPhrasesFindOnlyTasksHoldingThem() {
        Random random = new Random(SEED + 1);
        List<TaskRecord> tasks = CorpusIndexFixture.tasks();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            TaskRecord task = tasks.get(random.nextInt(tasks.size()));
            String text = task.text().length() >= 12 ? task.text() : task.title();
            if (text.length() < 12 || text.contains("\"")) {
                continue;
            }
            int length = 4 + random.nextInt(9);
            int start = random.nextInt(text.length() - length + 1);
            String phrase = text.substring(start, start + length);
            if (normalized(phrase).isBlank() || splitsWord(text, start) || splitsWord(text, start + length)) {
                continue;
            }
            Set<String> found = hits('"' + phrase + '"');
            if (!found.containsAll(grep(phrase))) {
                problems.add("\"" + phrase + "\" misses " + grep(phrase) + ", found " + found);
            }
            for (String id : found) {
                TaskRecord hit = CorpusIndexFixture.backend().task(id).orElseThrow();
                String needle = normalized(phrase).strip();
                if (!normalized(hit.title()).contains(needle) && !normalized(hit.text()).contains(needle)) {
                    problems.add("\"" + phrase + "\" found " + id + " which does not hold it");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Latin words and numbers are whole tokens: a phrase cut inside one (B2 of B2C) is not a phrase of them. */
    private static boolean splitsWord(String text, int at) {
        return at > 0 && at < text.length() && isLatinOrDigit(text.charAt(at - 1)) && isLatinOrDigit(text.charAt(at));
    }

    private static boolean isLatinOrDigit(char c) {
        char folded = TextFolding.fold(c);
        return folded < 0x80 && Character.isLetterOrDigit(folded);
    }

    /** Folded, lower case, every run of punctuation or space one space. */
    private static String normalized(String s) {
        return " " + NON_WORD_RUN.matcher(TextFolding.fold(s).toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    }
}
