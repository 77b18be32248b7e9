package org.policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Operations;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.IndexSchema.Facet;
import org.policysearch.search.ParsedQuery.Clause;
import org.policysearch.search.ParsedQuery.Field;
import org.policysearch.text.TextFolding;

/**
 * Turns a parsed query and a request's filters into Lucene queries.
 *
 * <p>Matching is literal: a term is a phrase of the bigrams (and lone unigrams) the recall analyzer
 * makes of it, so it matches exactly the texts that hold it literally, at a constant score (title
 * boosted). Ranking adds optional smartcn word matches, title boosted; they never change which
 * tasks match.
 */
final class LuceneQueries {

    private static final String UNIGRAM = CJKBigramFilter.SINGLE_TYPE;
    private static final String BIGRAM = CJKBigramFilter.DOUBLE_TYPE;

    /**
     * smartcn words of one term that count for ranking. A pasted sentence would otherwise add
     * hundreds of optional clauses; its literal match is one phrase whatever its length.
     */
    private static final int RANKING_WORDS = 8;

    /** What is neither letter nor digit at either end of a lead:/agency: term. */
    private static final Pattern NAME_EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private static final Query TASKS = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_TASK));

    /**
     * What a request matches and how it ranks, with its facet filters, and what to highlight.
     *
     * @param filtered   the dimension of each of {@code query}'s drill-down queries, in their order
     * @param page       for a query scored by one title-or-text term whose literal match is cheap
     *                   (one term) or implied by its ranking words, the same matches with the same
     *                   scores as one disjunction of the scored clauses: what Lucene ranks by
     *                   MaxScore, skipping the matches that cannot reach the first hits
     * @param scoreParts for a query scored by one title-or-text term of several ranking words and
     *                   no {@code page}, what its score is the sum of
     */
    record Built(DrillDownQuery query, List<Facet> filtered, Query highlight, Optional<DrillDownQuery> page,
                 Optional<ScoreParts> scoreParts) {

        /** What ranks the matches: the page query when there is one, so every order of a search agrees. */
        Query ranked() {
            return page.isPresent() ? page.get() : query;
        }
    }

    /**
     * A query's scored clauses in two parts whose scores add up to the query's: {@code exact}, the
     * ranking words in the title, cheap to score task by task (titles are short, their postings
     * few), and {@code bounded}, every other scored clause (the term's literal match and its words
     * in the text), which a task can at most reach by their highest scores.
     */
    record ScoreParts(List<Query> exact, List<Query> bounded) {
    }

    static Built build(SearchRequest request) {
        ParsedQuery parsed = QueryLanguage.parse(request.query());
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        if (parsed.clauses().stream().noneMatch(LuceneQueries::onlyTasksMatch)) {
            base.add(TASKS, Occur.FILTER);
        }
        boolean oneScoredTerm = oneScoredTerm(parsed);
        Optional<PageClauses> page = Optional.empty();
        Optional<ScoreParts> scoreParts = Optional.empty();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        for (Clause clause : parsed.clauses()) {
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (ParsedQuery.Term term : clause.anyOf()) {
                Literals literals = Literals.of(term);
                List<String> words = smartcnWords(term);
                Optional<Ranking> ranking = clause.excluded() ? Optional.empty() : ranking(term, words);
                Query match = match(term, literals, words, request.fold());
                anyOf.add(match, Occur.SHOULD);
                if (oneScoredTerm && !clause.excluded() && ranking.isPresent()) {
                    page = PageClauses.of(match, ranking.get(), literals, wholeHanWord(term, words).isPresent());
                    scoreParts = page.isPresent() ? Optional.empty() : scoreParts(match, ranking.get());
                }
                ranking.ifPresent(r -> base.add(r.query(), Occur.SHOULD));
                if (!clause.excluded()) {
                    literals.highlight().ifPresent(q -> highlight.add(q, Occur.SHOULD));
                }
            }
            // Ranking SHOULDs come only with a MUST, so they never become a match condition.
            base.add(single(anyOf.build()), clause.excluded() ? Occur.MUST_NOT : Occur.MUST);
        }
        dateRange(request).ifPresent(q -> base.add(q, Occur.FILTER));

        BooleanQuery matching = base.build();
        DrillDownQuery query = new DrillDownQuery(IndexSchema.facetsConfig(), matching);
        Optional<DrillDownQuery> pageQuery = page.map(clauses ->
                new DrillDownQuery(IndexSchema.facetsConfig(), clauses.in(matching)));
        List<Facet> filtered = new ArrayList<>();
        for (Facet facet : LuceneSearchBackend.FACETS) {
            Facet dimension = dimension(facet, request.fold());
            List<String> values = request.selected(facet);
            for (String value : values) {
                query.add(dimension.dim(), value); // same dim added twice is OR
                pageQuery.ifPresent(q -> q.add(dimension.dim(), value));
            }
            if (!values.isEmpty()) {
                filtered.add(dimension);
            }
        }
        return new Built(query, List.copyOf(filtered), highlight.build(), pageQuery, scoreParts);
    }

    /**
     * The scored term's clauses of a query as one disjunction, which Lucene ranks by MaxScore: the
     * clauses whose highest scores together cannot lift a task onto the page are only looked up for
     * the tasks the others find. On the 1 GB common words the page took 1.3–2.6 ms this way, where
     * ranking the tasks whose titles hold the word (the way before) took 2.5–6.1 ms, with the same
     * hits in the same order. Only where the term's literal is one term, or implied by its one word:
     * a literal read from positions would be matched twice, once for the page and once for the
     * counts (the 1 GB "义务教育优质" took 14.4 ms that way against 11.1 in one pass).
     *
     * @param match   the term's literal match: title (boosted) or text, each a constant score
     * @param scored  the two constants and the term's ranking words, as one disjunction
     * @param implied whether every task the ranking words find holds the literal (smartcn reads the
     *                whole term as one word), so that the disjunction matches exactly the term's tasks
     */
    private record PageClauses(Query match, Query scored, boolean implied) {

        static Optional<PageClauses> of(Query match, Ranking ranking, Literals literals, boolean implied) {
            if (!implied && !literals.oneTermEach()) {
                return Optional.empty();
            }
            BooleanQuery.Builder scored = new BooleanQuery.Builder();
            ((BooleanQuery) match).clauses().forEach(clause -> scored.add(clause.query(), Occur.SHOULD));
            ranking.title().forEach(word -> scored.add(word, Occur.SHOULD));
            ranking.text().forEach(word -> scored.add(word, Occur.SHOULD));
            return Optional.of(new PageClauses(match, scored.build(), implied));
        }

        /**
         * {@code matching} with the term's match and ranking clauses replaced by the disjunction,
         * filtered by the match unless the disjunction implies it; exclusions and filters kept.
         */
        BooleanQuery in(BooleanQuery matching) {
            BooleanQuery.Builder page = new BooleanQuery.Builder().add(scored, Occur.MUST);
            if (!implied) {
                page.add(match, Occur.FILTER);
            }
            for (BooleanClause clause : matching.clauses()) {
                if (clause.occur() != Occur.SHOULD && clause.query() != match) {
                    page.add(clause);
                }
            }
            return page.build();
        }
    }

    /**
     * The score of a query of one term, {@code match} ranked by {@code ranking}, in parts; only
     * for several ranking words (one is implied or ranked every match). With several terms each required
     * clause's highest score goes into the bound, which the 1 GB AND of two words never fell
     * below the page: every match was ranked, and checking cost 5 %.
     */
    private static Optional<ScoreParts> scoreParts(Query match, Ranking ranking) {
        if (ranking.title().size() < 2) {
            return Optional.empty();
        }
        List<Query> bounded = new ArrayList<>(ranking.text());
        bounded.add(0, match);
        return Optional.of(new ScoreParts(ranking.title(), List.copyOf(bounded)));
    }

    /**
     * Whether one term of title or text scores the query: the only required clause holds only it.
     * Excluded clauses and filters add nothing to a score; other fields' terms would.
     */
    private static boolean oneScoredTerm(ParsedQuery parsed) {
        List<Clause> required = parsed.clauses().stream().filter(clause -> !clause.excluded()).toList();
        return required.size() == 1 && required.get(0).anyOf().size() == 1
                && required.get(0).anyOf().get(0).field() == Field.ANY;
    }

    /** A term of any field: held by the title (boosted) or the text. */
    private static Query titleOrText(Query title, Query text) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(title, IndexSchema.TITLE_BOOST), Occur.SHOULD)
                .add(text, Occur.SHOULD)
                .build();
    }

    /**
     * Whether a required clause can only match tasks: document entries have no title, text or
     * agency fields, so the filter to tasks would only cost a conjunction over every entry.
     */
    private static boolean onlyTasksMatch(Clause clause) {
        return !clause.excluded() && clause.anyOf().stream().allMatch(term -> term.field() != Field.YEAR);
    }

    /** The dimension a facet filters and counts on, with or without folding. */
    static Facet dimension(Facet facet, boolean fold) {
        return fold ? facet.folded() : facet;
    }

    private static Optional<Query> dateRange(SearchRequest request) {
        if (request.from() == null && request.to() == null) {
            return Optional.empty();
        }
        long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
        long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
        return Optional.of(LongPoint.newRangeQuery(IndexSchema.DATE, from, to));
    }

    /** Whether a task matches one term; agencies by their successor's names too when folding. */
    private static Query match(ParsedQuery.Term term, Literals literals, List<String> words, boolean fold) {
        return switch (term.field()) {
            case ANY -> {
                Optional<String> word = wholeHanWord(term, words);
                yield titleOrText(literals.titleHolding(word), literals.textHolding(word));
            }
            case TITLE -> literals.titleHolding(wholeHanWord(term, words));
            case LEAD -> names(IndexSchema.LEAD_NAMES, IndexSchema.LEAD_SUCCESSOR_NAMES, term, fold);
            case AGENCY -> names(IndexSchema.AGENCY_NAMES, IndexSchema.AGENCY_SUCCESSOR_NAMES, term, fold);
            case YEAR -> IntPoint.newExactQuery(IndexSchema.YEAR, Integer.parseInt(term.text()));
        };
    }

    /**
     * A task whose agencies go by a name containing the term's text (as {@link IndexSchema#nameKey}
     * writes both), or when folding also their latest successors. Punctuation around the text is
     * not part of it (lead:扶贫办） finds 扶贫办, as the recall fields would); a term with nothing
     * searchable in it matches nothing.
     */
    private static Query names(String own, String successors, ParsedQuery.Term term, boolean fold) {
        String key = NAME_EDGES.matcher(IndexSchema.nameKey(term.text())).replaceAll("");
        if (key.isEmpty()) {
            return new MatchNoDocsQuery("nothing searchable in " + term);
        }
        if (!fold) {
            return containing(own, key);
        }
        return new BooleanQuery.Builder()
                .add(containing(own, key), Occur.SHOULD)
                .add(containing(successors, key), Occur.SHOULD)
                .build();
    }

    /**
     * Terms of {@code field} that contain {@code text}: the field's few hundred names, matched by
     * automaton. A "contains" automaton determinizes to about two states per character (measured:
     * 2,004 for 1,001 characters, in 77 ms cold), and a query is at most
     * {@link Limits#MAX_QUERY_CHARS} long, so no work limit is needed; the default one refuses
     * names over a few hundred characters.
     */
    private static Query containing(String field, String text) {
        return new AutomatonQuery(new Term(field, text), Operations.determinize(Operations.concatenate(List.of(
                Automata.makeAnyString(), Automata.makeString(text), Automata.makeAnyString())), Integer.MAX_VALUE));
    }

    /**
     * A term's literal match in each recall field it searches, made once for matching and
     * highlighting alike: title and text for a term of any field, the title for title:, none for
     * the other fields.
     */
    private record Literals(Literal title, Literal text) {

        /** Title and text share the recall analyzer, so the term is analysed once for both. */
        static Literals of(ParsedQuery.Term term) {
            if (!term.field().inText()) {
                return new Literals(null, null);
            }
            List<Token> tokens = withoutCoveredUnigrams(analyze(IndexSchema.TITLE, term.text()));
            Literal title = Literal.of(IndexSchema.TITLE, IndexSchema.TITLE_GRAMS, tokens, term);
            return new Literals(title,
                    term.field() == Field.ANY ? Literal.of(IndexSchema.TEXT, IndexSchema.TEXT_GRAMS, tokens, term) : null);
        }

        /** The tasks whose title holds the term, found through {@code word} too when smartcn reads the term as it. */
        Query titleHolding(Optional<String> word) {
            return holding(title.match(), IndexSchema.TITLE_WORDS, word);
        }

        /** The tasks whose text holds the term, as {@link #titleHolding}. */
        Query textHolding(Optional<String> word) {
            return holding(text.match(), IndexSchema.TEXT_WORDS, word);
        }

        /** Whether the term's literal is one term in each field (a gram or a bigram), matched without positions. */
        boolean oneTermEach() {
            return title != null && title.match() instanceof TermQuery;
        }

        /** What the highlighter marks: the literal run in either field. */
        Optional<Query> highlight() {
            if (title == null) {
                return Optional.empty();
            }
            return Optional.of(text == null ? title.phrase()
                    : new BooleanQuery.Builder().add(title.phrase(), Occur.SHOULD).add(text.phrase(), Occur.SHOULD).build());
        }
    }

    /**
     * A term's literal match in one recall field: the phrase the highlighter marks, and what
     * matches the same tasks, cheaper when the term is one run of at least {@link IndexSchema#GRAM_MIN}
     * Han characters. Such a run of up to {@link IndexSchema#GRAM_MAX} characters is one term of the
     * field's grams twin: counting the matches of the ten 1 GB common words (3–4 characters,
     * 0.1–0.24 million matches each) took 2.2–6.0 ms as phrases and 0.16–0.40 ms as single terms.
     * A longer run must hold its first and last grams, which leaves the phrase few texts to confirm
     * (two grams need not be one run), and the phrase needs only the bigrams that cover the run.
     */
    private record Literal(Query phrase, Query match) {

        /** @param tokens the term's recall tokens, covered unigrams dropped */
        static Literal of(String field, String gramsField, List<Token> tokens, ParsedQuery.Term term) {
            Query phrase = literal(field, tokens, term);
            return new Literal(phrase, hanRun(tokens).map(run -> runMatch(field, gramsField, run)).orElse(phrase));
        }

        private static Query runMatch(String field, String gramsField, int[] run) {
            if (run.length <= IndexSchema.GRAM_MAX) {
                return new TermQuery(new Term(gramsField, new String(run, 0, run.length)));
            }
            return new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(gramsField, new String(run, 0, IndexSchema.GRAM_MAX))), Occur.FILTER)
                    .add(new TermQuery(new Term(gramsField,
                            new String(run, run.length - IndexSchema.GRAM_MAX, IndexSchema.GRAM_MAX))), Occur.FILTER)
                    .add(coveringBigrams(field, run), Occur.FILTER)
                    .build();
        }

        /**
         * The run as a phrase of every other bigram (and the last): a bigram stands at its first
         * character's position, and two Han characters at consecutive positions are adjacent, so
         * bigrams at 0, 2, 4 … spell the run as surely as all of them. 义务教育优质 is three bigrams
         * instead of five: counting its 1 GB matches in the text took 3.2, 2.5 and 2.8 ms where all
         * five took 4.8, 3.2 and 3.5 (three runs). Like the grams, it reads a character the tokenizer
         * drops (a superscript digit) as no character.
         */
        private static Query coveringBigrams(String field, int[] run) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int start = 0; start + 2 <= run.length; start += 2) {
                phrase.add(new Term(field, new String(run, start, 2)), start);
            }
            if (run.length % 2 == 1) {
                phrase.add(new Term(field, new String(run, run.length - 2, 2)), run.length - 2);
            }
            return phrase.build();
        }

        /**
         * The term's code points when its recall tokens are the bigrams of one run of at least
         * {@link IndexSchema#GRAM_MIN} Han characters (consecutive positions: a separator would
         * leave a gap); the grams analyzer makes each Han character a token, so the run is its term.
         */
        private static Optional<int[]> hanRun(List<Token> tokens) {
            if (tokens.size() < IndexSchema.GRAM_MIN - 1) {
                return Optional.empty();
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (!token.type.equals(BIGRAM) || (i > 0 && token.position != tokens.get(i - 1).position + 1)) {
                    return Optional.empty();
                }
            }
            // Each bigram after the first adds its last character to the run.
            int[] run = IntStream.concat(tokens.get(0).term.codePoints(), tokens.stream().skip(1)
                    .mapToInt(token -> token.term.codePointBefore(token.term.length()))).toArray();
            boolean han = IntStream.of(run).allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            return han ? Optional.of(run) : Optional.empty();
        }
    }

    /** What smartcn makes of a title or text term (nothing for the other fields), in order. */
    private static List<String> smartcnWords(ParsedQuery.Term term) {
        if (!term.field().inText()) {
            return List.of();
        }
        return analyze(IndexSchema.TEXT_WORDS, term.text()).stream().map(Token::term).toList();
    }

    /** A term's ranking clauses, with those of the title and of the text apart. */
    private record Ranking(Query query, List<Query> title, List<Query> text) {
    }

    /** smartcn words of a title or text term, title boosted: optional, for ranking only. */
    private static Optional<Ranking> ranking(ParsedQuery.Term term, List<String> words) {
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        List<Query> title = new ArrayList<>();
        List<Query> text = new ArrayList<>();
        for (String word : rankingWords(words)) {
            Query inTitle = new BoostQuery(new TermQuery(new Term(IndexSchema.TITLE_WORDS, word)), IndexSchema.TITLE_BOOST);
            ranking.add(inTitle, Occur.SHOULD);
            title.add(inTitle);
            if (term.field() == Field.ANY) {
                Query inText = new TermQuery(new Term(IndexSchema.TEXT_WORDS, word));
                ranking.add(inText, Occur.SHOULD);
                text.add(inText);
            }
        }
        return title.isEmpty() ? Optional.empty() : Optional.of(new Ranking(ranking.build(), title, text));
    }

    private static List<String> rankingWords(List<String> words) {
        return words.stream().distinct().limit(RANKING_WORDS).toList();
    }

    /**
     * The tasks whose field holds a term literally ({@code literal}), at a constant score: which
     * tasks match is all this says, the ranking words carry frequency and length. When smartcn reads
     * the term as one word of Han characters only and the literal must read positions, that word in
     * the field's {@code words} twin is a second way in: smartcn's words are runs of the folded text,
     * so the word implies the literal run, and a match found through its postings list skips
     * reading the phrase's positions.
     */
    private static Query holding(Query literal, String words, Optional<String> word) {
        if (!(literal instanceof TermQuery) && word.isPresent()) {
            literal = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(words, word.get())), Occur.SHOULD)
                    .add(literal, Occur.SHOULD)
                    .build();
        }
        return new ConstantScoreQuery(literal);
    }

    /** The term's text, folded, when smartcn makes one word of all of it and that word is all Han characters. */
    private static Optional<String> wholeHanWord(ParsedQuery.Term term, List<String> words) {
        if (words.size() != 1) {
            return Optional.empty();
        }
        String word = words.get(0);
        boolean whole = word.contentEquals(TextFolding.fold(term.text()))
                && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return whole ? Optional.of(word) : Optional.empty();
    }

    /**
     * The literal match of a term in a recall field: its bigrams at the positions the analyzer
     * gives them, and the unigrams of lone Han characters. The unigrams inside a run are dropped:
     * the bigrams already require them, and the index puts them at the same positions.
     * A term with nothing searchable in it (only punctuation) matches nothing.
     */
    private static Query literal(String field, List<Token> tokens, ParsedQuery.Term term) {
        if (tokens.isEmpty()) {
            return new MatchNoDocsQuery("nothing searchable in " + term);
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Token token : tokens) {
            phrase.add(new Term(field, token.term), token.position);
        }
        return phrase.build();
    }

    /** A term with its position, offsets and whether it is a CJK unigram or bigram. */
    private record Token(String term, int position, int start, int end, String type) {
    }

    private static List<Token> withoutCoveredUnigrams(List<Token> tokens) {
        BitSet inBigram = new BitSet();
        tokens.stream().filter(t -> t.type.equals(BIGRAM)).forEach(t -> inBigram.set(t.start, t.end));
        return tokens.stream()
                .filter(t -> !(t.type.equals(UNIGRAM) && inBigram.get(t.start) && inBigram.get(t.end - 1)))
                .toList();
    }

    private static List<Token> analyze(String field, String text) {
        Analyzer analyzer = IndexSchema.analyzer();
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset(),
                        type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string in memory", e);
        }
        return tokens;
    }

    /** A boolean query of one clause is that clause. */
    private static Query single(BooleanQuery query) {
        return query.clauses().size() == 1 && query.clauses().get(0).occur() == Occur.SHOULD
                ? query.clauses().get(0).query() : query;
    }
}
