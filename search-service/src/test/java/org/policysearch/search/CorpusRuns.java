package org.policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.policysearch.index.IndexSchema;
import org.policysearch.task.TaskRecord;

/** Runs of Han characters taken from the corpus's titles and texts, as queries for parity tests. */
final class CorpusRuns {

    /** A maximal run of Han characters. */
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");

    private CorpusRuns() {
    }

    /** Every word of Han characters smartcn reads in the corpus's titles and texts, sorted. */
    static Set<String> smartcnWords() {
        Set<String> words = new TreeSet<>();
        for (TaskRecord task : CorpusIndexFixture.tasks()) {
            words.addAll(hanWords(IndexSchema.TITLE_WORDS, task.title()));
            words.addAll(hanWords(IndexSchema.TEXT_WORDS, task.text()));
        }
        return words;
    }

    /** Random substrings of 2–6 characters of Han runs in titles and texts, drawn with {@code random}. */
    static List<String> sample(Random random, int count) {
        List<String> runs = new ArrayList<>();
        for (TaskRecord task : CorpusIndexFixture.tasks()) {
            for (String field : List.of(task.title(), task.text())) {
                HAN_RUN.matcher(field).results().forEach(m -> runs.add(m.group()));
            }
        }
        Set<String> samples = new LinkedHashSet<>();
        while (samples.size() < count) {
            String run = runs.get(random.nextInt(runs.size()));
            int length = 2 + random.nextInt(Math.min(5, run.length() - 1));
            int start = random.nextInt(run.length() - length + 1);
            samples.add(run.substring(start, start + length));
        }
        return List.copyOf(samples);
    }

    private static List<String> hanWords(String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = IndexSchema.analyzer().tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (HAN_RUN.matcher(term).matches()) {
                    words.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
