package org.policysearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policysearch.parse.AgencyClause;
import org.policysearch.parse.Block;
import org.policysearch.parse.BlockReader;

/**
 * The vocabulary of the generated archive: the sentences, clauses and headings of the seed
 * notices, with their agency clauses and numbering removed as the parser finds them (paragraph by
 * paragraph: an unlabelled clause list runs to its paragraph's end), so that the segmenter sees the
 * real register of the genre. Picks follow a Zipf law over a fixed rank order, which gives the
 * archive both very common and genuinely rare words at every size.
 */
public final class SeedText {

    /** Sentence ends, and line ends of PDF text. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；！？\\n]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Lines of a gazette's furniture or a signature, not headings: 361号自治区政府大楼, …人民政府办公厅. */
    private static final Pattern FURNITURE = Pattern.compile("\\d|(办公厅|委员会|人民政府|大楼)$");
    /**
     * Numbering inside a sentence, left by scrapes that lost their line breaks
     * ({@code …稳步提升1.落实高质量发展要求}): it would start a task where the generator wrote none.
     */
    private static final Pattern INNER_NUMBERING = Pattern.compile(
            "\\d[.．](?!\\d)|[（(][一二三四五六七八九十0]+[）)]|(?<!\\p{IsHan})[一二三四五六七八九十]{1,3}、");
    /** The rank order is fixed, not seeded, so that a word is equally rare in every archive. */
    private static final long RANK_ORDER_SEED = 20170722L;
    private static final int ZIPF_OFFSET = 20;

    private final ZipfList sentences;
    private final ZipfList clauses;
    private final ZipfList headings;

    private SeedText(List<String> sentences, List<String> clauses, List<String> headings) {
        this.sentences = new ZipfList(sentences);
        this.clauses = new ZipfList(clauses);
        this.headings = new ZipfList(headings);
    }

    /** Reads the seed notices ({@code *.txt}) of a corpus folder. */
    public static SeedText load(Path corpusDir) throws IOException {
        Set<String> sentences = new LinkedHashSet<>();
        Set<String> clauses = new LinkedHashSet<>();
        Set<String> headings = new LinkedHashSet<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(corpusDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no seed notices (*.txt) in " + corpusDir);
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (Block block : BlockReader.read(lines, 1, Set.of(), false)) {
                for (String raw : SENTENCE_END.split(prose(block))) {
                    addSentence(raw, sentences, clauses, headings);
                }
            }
        }
        return new SeedText(ranked(sentences), ranked(clauses), ranked(headings));
    }

    /**
     * A paragraph as the parser reads it, without its item label and agency clauses: what is left
     * is the notice's own prose, which no generated clause or label can be confused with.
     */
    private static String prose(Block block) {
        StringBuilder text = new StringBuilder(block.text());
        if (block.marker() != null) {
            text.delete(0, block.marker().length());
        }
        for (AgencyClause clause = AgencyClause.find(text.toString()); clause != null;
             clause = AgencyClause.find(text.toString())) {
            text.delete(clause.start(), clause.end());
        }
        return text.toString();
    }

    private static void addSentence(String raw, Set<String> sentences, Set<String> clauses, Set<String> headings) {
        String sentence = raw.strip().replace("　", "");
        if (!isProse(sentence, 8, 150)) {
            return;
        }
        sentences.add(sentence);
        if (sentence.length() <= 24 && sentence.indexOf('，') < 0 && !FURNITURE.matcher(sentence).find()) {
            headings.add(sentence);
        }
        for (String clause : sentence.split("，")) {
            if (isProse(clause, 4, 40)) {
                clauses.add(clause);
            }
        }
    }

    /** Mostly Han, no furniture such as {@code 地 址:银川市…}. */
    private static boolean isProse(String s, int minLength, int maxLength) {
        return s.length() >= minLength && s.length() <= maxLength && s.indexOf(':') < 0 && s.indexOf(' ') < 0
                && !INNER_NUMBERING.matcher(s).find() && HAN.matcher(s).results().count() >= 0.7 * s.length();
    }

    private static List<String> ranked(Set<String> items) {
        List<String> list = new ArrayList<>(items);
        Collections.shuffle(list, new Random(RANK_ORDER_SEED));
        return List.copyOf(list);
    }

    /** A sentence ending in 。: a seed sentence, or two to four seed clauses joined. */
    public void appendSentence(StringBuilder out, SplittableRandom random) {
        if (random.nextInt(100) < 55) {
            out.append(sentences.pick(random));
        } else {
            int n = 2 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append('，');
                }
                out.append(clauses.pick(random));
            }
        }
        out.append('。');
    }

    /** A short heading, without punctuation. */
    public String heading(SplittableRandom random) {
        return headings.pick(random);
    }

    /** The seed sentences, most frequently picked first. */
    public List<String> sentences() {
        return sentences.items;
    }

    /**
     * Items picked with probability proportional to 1/(rank + 20): the offset keeps the commonest
     * clause near 1% of picks, so that the archive is not one boilerplate sentence repeated.
     */
    private static final class ZipfList {
        private final List<String> items;
        private final double[] cumulative;

        ZipfList(List<String> items) {
            this.items = items;
            this.cumulative = new double[items.size()];
            double sum = 0;
            for (int i = 0; i < items.size(); i++) {
                sum += 1.0 / (i + 1 + ZIPF_OFFSET);
                cumulative[i] = sum;
            }
        }

        String pick(SplittableRandom random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return items.get(i >= 0 ? i : Math.min(-i - 1, items.size() - 1));
        }
    }
}
