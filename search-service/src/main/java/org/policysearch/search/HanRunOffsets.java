package org.policysearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;
import org.apache.lucene.util.BytesRef;
import org.policysearch.text.FoldingCharFilter;

/**
 * A field's literal matches found by searching its folded text, when every literal the query has
 * in the field is a run of Han characters: a unigram, a bigram, or a phrase of bigrams chained at
 * consecutive positions. Such a literal matches exactly where its run occurs in the folded text,
 * so the text need not be analysed into a one-document index (Lucene's {@code MemoryIndex}), which
 * was a third of a narrow search's time. Matches are reported as Lucene's weight matches report a
 * phrase or a term: one per occurrence, overlapping ones too, frequency 1, in order of start and
 * end; the run stands for the literal's term, which passages are scored by only as a key.
 */
final class HanRunOffsets extends FieldOffsetStrategy {

    /** A literal's run of folded Han characters, and its term for passage scoring. */
    private record Run(String text, BytesRef term) {
        Run(String text) {
            this(text, new BytesRef(text));
        }
    }

    private final List<Run> runs;

    private HanRunOffsets(UHComponents components, List<Run> runs) {
        super(components);
        this.runs = runs;
    }

    /** The strategy for the field of {@code components}, or empty if one of its literals is not a Han run. */
    static Optional<HanRunOffsets> of(UHComponents components) {
        List<Run> runs = new ArrayList<>();
        boolean[] other = {false};
        components.query().visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return field.equals(components.field());
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                run(query, terms).ifPresentOrElse(runs::add, () -> other[0] = true);
            }

            @Override
            public void visitLeaf(Query query) {
                other[0] |= !(query instanceof MatchNoDocsQuery);
            }
        });
        return other[0] ? Optional.empty() : Optional.of(new HanRunOffsets(components, List.copyOf(runs)));
    }

    private static Optional<Run> run(Query query, Term[] terms) {
        StringBuilder text = new StringBuilder();
        if (query instanceof TermQuery && terms.length == 1 && hanCodePoints(terms[0].text()) > 0
                && hanCodePoints(terms[0].text()) <= 2) {
            text.append(terms[0].text());
        } else if (query instanceof PhraseQuery phrase && phrase.getSlop() == 0) {
            int[] positions = phrase.getPositions();
            for (int i = 0; i < terms.length; i++) {
                String bigram = terms[i].text();
                if (positions[i] != i || hanCodePoints(bigram) != 2) {
                    return Optional.empty();
                }
                int second = bigram.offsetByCodePoints(0, 1);
                if (i > 0 && !text.toString().endsWith(bigram.substring(0, second))) {
                    return Optional.empty();
                }
                text.append(i == 0 ? bigram : bigram.substring(second));
            }
        } else {
            return Optional.empty();
        }
        return Optional.of(new Run(text.toString()));
    }

    /** How many code points {@code s} has if all are Han, else 0. */
    private static int hanCodePoints(String s) {
        boolean han = s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? s.codePointCount(0, s.length()) : 0;
    }

    @Override
    public OffsetSource getOffsetSource() {
        return OffsetSource.ANALYSIS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) {
        String folded = fold(content);
        List<Match> matches = new ArrayList<>();
        for (Run run : runs) {
            for (int at = folded.indexOf(run.text()); at >= 0; at = folded.indexOf(run.text(), at + 1)) {
                matches.add(new Match(at, at + run.text().length(), run.term()));
            }
        }
        matches.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        return new Matches(matches);
    }

    private static String fold(String content) {
        char[] chars = content.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = FoldingCharFilter.fold(chars[i]);
        }
        return new String(chars);
    }

    private record Match(int start, int end, BytesRef term) {
    }

    private static final class Matches extends OffsetsEnum {
        private final List<Match> matches;
        private int next;

        Matches(List<Match> matches) {
            this.matches = matches;
        }

        @Override
        public boolean nextPosition() {
            return ++next <= matches.size();
        }

        private Match current() {
            return matches.get(next - 1);
        }

        @Override
        public int freq() {
            return 1;
        }

        @Override
        public BytesRef getTerm() {
            return current().term();
        }

        @Override
        public int startOffset() {
            return current().start();
        }

        @Override
        public int endOffset() {
            return current().end();
        }
    }
}
