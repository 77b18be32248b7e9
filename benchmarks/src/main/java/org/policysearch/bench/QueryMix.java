package org.policysearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The fixed mix of queries, chosen from the archive's first tasks by how many of them contain a
 * word. The archive's first tasks are the same at every size for one seed, so the 100 MB and the
 * 1 GB runs ask exactly the same questions.
 */
public final class QueryMix {

    /** How many distinct queries each class rotates through. */
    public static final int PER_CLASS = 10;
    private static final Pattern HAN_WORD = Pattern.compile("\\p{IsHan}{2,}");

    private QueryMix() {
    }

    /**
     * @param sample  the archive's first tasks
     * @param seedSentences sentences the candidate words are segmented from
     * @param analyzer   the index's analyzer, whose {@code wordsField} analysis decides what a word is
     */
    public static List<BenchQuery> choose(List<TaskRow> sample, List<String> seedSentences, Analyzer analyzer,
                                          String wordsField, long seed) {
        Words words = text -> tokens(analyzer, wordsField, text);
        Map<String, Double> share = shares(sample, candidates(seedSentences, words));
        SplittableRandom random = new SplittableRandom(seed);
        List<String> byShare = share.keySet().stream()
                .sorted(Comparator.comparing((String w) -> -share.get(w)).thenComparing(w -> w)).toList();
        // Words of three or more characters, except in the two-character class: that class alone
        // shows what trigram indexes cannot do, instead of every class hiding it.
        List<String> common = byShare.stream().filter(w -> w.length() >= 3 && share.get(w) >= 0.02)
                .limit(PER_CLASS).toList();
        List<String> rare = pick(byShare, w -> w.length() >= 3 && share.get(w) > 0 && share.get(w) <= 0.001, random);
        List<String> twoChar = pick(byShare, w -> w.length() == 2 && between(share.get(w), 0.01, 0.1), random);
        List<String> mid = pick(byShare, w -> w.length() >= 3 && between(share.get(w), 0.005, 0.05), random);
        List<String> midOther = pick(byShare, w -> w.length() >= 3 && between(share.get(w), 0.01, 0.2) && !mid.contains(w),
                random);

        List<BenchQuery> mix = new ArrayList<>();
        common.forEach(w -> mix.add(word(QueryClass.COMMON_WORD, w)));
        rare.forEach(w -> mix.add(word(QueryClass.RARE_WORD, w)));
        twoChar.forEach(w -> mix.add(word(QueryClass.TWO_CHAR_WORD, w)));
        for (String p : phrases(sample, words, share, random)) {
            mix.add(new BenchQuery(QueryClass.PHRASE, "\"" + p + "\"", List.of(p), null, null));
        }
        for (int i = 0; i < Math.min(mid.size(), midOther.size()); i++) {
            mix.add(new BenchQuery(QueryClass.AND, mid.get(i) + " " + midOther.get(i),
                    List.of(mid.get(i), midOther.get(i)), null, null));
        }
        List<String> leads = topLeads(sample);
        for (int i = 0; i < PER_CLASS; i++) {
            String w = midOther.get(i % midOther.size());
            int year = NoticeComposer.FIRST_YEAR + random.nextInt(NoticeComposer.LAST_YEAR - NoticeComposer.FIRST_YEAR + 1);
            mix.add(new BenchQuery(QueryClass.FILTER_YEAR, w, List.of(w), year, null));
            mix.add(new BenchQuery(QueryClass.FILTER_LEAD, w, List.of(w), null, leads.get(i % leads.size())));
            mix.add(word(QueryClass.WHO_LEADS, mid.get(i % mid.size())));
        }
        return mix;
    }

    /** The words of a text, as the ranking analysis segments it. */
    private interface Words {
        List<String> of(String text);
    }

    private static BenchQuery word(QueryClass c, String w) {
        return new BenchQuery(c, w, List.of(w), null, null);
    }

    private static boolean between(double x, double lo, double hi) {
        return x >= lo && x <= hi;
    }

    private static List<String> pick(List<String> words, Predicate<String> filter, SplittableRandom random) {
        List<String> pool = new ArrayList<>(words.stream().filter(filter).toList());
        List<String> out = new ArrayList<>();
        while (out.size() < PER_CLASS && !pool.isEmpty()) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the sample holds no word for a query class; generate a larger archive");
        }
        return out;
    }

    /** Words of two or more Han characters, as the ranking analyzer segments the seed sentences. */
    private static Set<String> candidates(List<String> sentences, Words words) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : sentences) {
            for (String token : words.of(s)) {
                if (HAN_WORD.matcher(token).matches()) {
                    out.add(token);
                }
            }
        }
        return out;
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The share of sample tasks containing each word. */
    private static Map<String, Double> shares(List<TaskRow> sample, Set<String> words) {
        Map<String, Double> share = new HashMap<>();
        for (String w : words) {
            long n = sample.stream().filter(t -> t.body().contains(w)).count();
            share.put(w, n / (double) sample.size());
        }
        return share;
    }

    /** Two adjacent words of a sample task, four to eight characters together, in 0.1–2% of tasks. */
    private static List<String> phrases(List<TaskRow> sample, Words words, Map<String, Double> share,
                                        SplittableRandom random) {
        List<String> out = new ArrayList<>();
        for (int attempt = 0; out.size() < PER_CLASS && attempt < 10_000; attempt++) {
            String body = sample.get(random.nextInt(sample.size())).body();
            List<String> tokens = words.of(body);
            if (tokens.size() < 2) {
                continue;
            }
            int i = random.nextInt(tokens.size() - 1);
            String phrase = tokens.get(i) + tokens.get(i + 1);
            if (phrase.length() < 4 || phrase.length() > 8 || !HAN_WORD.matcher(phrase).matches()
                    || !body.contains(phrase) || out.contains(phrase)) {
                continue;
            }
            double s = sample.stream().filter(t -> t.body().contains(phrase)).count() / (double) sample.size();
            if (between(s, 0.001, 0.02)) {
                out.add(phrase);
            }
        }
        return out;
    }

    /** The canonical leads of the sample, most frequent first. */
    private static List<String> topLeads(List<TaskRow> sample) {
        Map<String, Integer> count = new HashMap<>();
        sample.forEach(t -> t.leads().forEach(l -> count.merge(l, 1, Integer::sum)));
        return count.keySet().stream()
                .sorted(Comparator.comparing((String l) -> -count.get(l)).thenComparing(l -> l))
                .limit(PER_CLASS).toList();
    }
}
