package org.policysearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policysearch.search.ParsedQuery.Clause;
import org.policysearch.search.ParsedQuery.Field;
import org.policysearch.search.ParsedQuery.Term;
import org.policysearch.text.TextFolding;

/**
 * Reads the query language of SPEC §4: words (all required), {@code "exact phrase"},
 * {@code -exclude}, {@code OR} between terms, and the fields {@code title:}, {@code lead:},
 * {@code agency:}, {@code year:}. OR binds tighter than the implicit AND:
 * {@code 扶贫 产业 OR 就业} is 扶贫 AND (产业 OR 就业).
 *
 * <p>The query is folded first (full-width {@code ＂：－} typed by a Chinese input method read as
 * {@code ":-}); folding keeps every character in place. Every problem is a
 * {@link BadQueryException} on parameter {@code q} saying what to change.
 */
public final class QueryLanguage {

    private static final String PARAM = "q";
    private static final String OR = "OR";
    private static final char QUOTE = '"';
    private static final char EXCLUDE = '-';

    /** A field prefix: ASCII letters then a colon, as in {@code title:扶贫}; {@code 单位:x} is a word. */
    private static final Pattern FIELD_PREFIX = Pattern.compile("([A-Za-z]+):");

    /** A year for {@code year:}, e.g. {@code 2017}. */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private QueryLanguage() {
    }

    /** Parses a query string; blank means everything. */
    public static ParsedQuery parse(String query) {
        if (query.length() > Limits.MAX_QUERY_CHARS) {
            throw bad("The query is " + query.length() + " characters long; at most "
                    + Limits.MAX_QUERY_CHARS + " are allowed.");
        }
        List<Token> tokens = new Scanner(TextFolding.fold(query)).tokens();
        if (tokens.stream().filter(t -> t.term != null).count() > Limits.MAX_TERMS) {
            throw bad("The query has more than " + Limits.MAX_TERMS + " words and phrases; use fewer.");
        }
        return new ParsedQuery(clauses(tokens));
    }

    /** Groups terms joined by OR; every group is one clause. */
    private static List<Clause> clauses(List<Token> tokens) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).isOr()) {
                throw bad("OR needs a word before it, as in 扶贫 OR 脱贫.");
            }
            List<Token> group = new ArrayList<>(List.of(tokens.get(i++)));
            while (i < tokens.size() && tokens.get(i).isOr()) {
                if (i + 1 == tokens.size()) {
                    throw bad("OR needs a word after it, as in 扶贫 OR 脱贫.");
                }
                if (tokens.get(i + 1).isOr()) {
                    throw bad("OR OR: put a word between them.");
                }
                group.add(tokens.get(i + 1));
                i += 2;
            }
            if (group.size() > 1 && group.stream().anyMatch(t -> t.excluded)) {
                Token excluded = group.stream().filter(t -> t.excluded).findFirst().orElseThrow();
                throw bad("-" + excluded.term + " cannot be part of an OR; put exclusions outside it, "
                        + "as in 扶贫 OR 脱贫 -搬迁.");
            }
            clauses.add(new Clause(group.stream().map(t -> t.term).toList(), group.get(0).excluded));
        }
        return clauses;
    }

    private static BadQueryException bad(String message) {
        return new BadQueryException(PARAM, message);
    }

    /** A term, possibly excluded, or the OR operator (term null). */
    private record Token(Term term, boolean excluded) {
        static final Token OR_TOKEN = new Token(null, false);

        boolean isOr() {
            return term == null;
        }
    }

    /** Splits the folded query on white space into terms and ORs. */
    private static final class Scanner {
        private final String s;
        private int pos;

        Scanner(String s) {
            this.s = s;
        }

        List<Token> tokens() {
            List<Token> tokens = new ArrayList<>();
            while (true) {
                while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                    pos++;
                }
                if (pos == s.length()) {
                    return tokens;
                }
                tokens.add(token());
            }
        }

        private Token token() {
            boolean excluded = s.charAt(pos) == EXCLUDE;
            if (excluded) {
                pos++;
                if (atBreak()) {
                    throw bad("'-' excludes what follows it directly, as in -扶贫; remove the space or the '-'.");
                }
            }
            Field field = field();
            if (s.charAt(pos) == QUOTE) {
                return new Token(new Term(field, phrase(), true), excluded);
            }
            String word = word();
            if (word.equals(OR) && field == Field.ANY && !excluded) {
                return Token.OR_TOKEN;
            }
            if (field == Field.YEAR && !YEAR.matcher(word).matches()) {
                throw bad("year: takes a four-digit year, as in year:2017, not '" + word + "'.");
            }
            return new Token(new Term(field, word, false), excluded);
        }

        /** A known field prefix, consumed; ANY when there is none. */
        private Field field() {
            Matcher m = FIELD_PREFIX.matcher(s).region(pos, s.length());
            if (!m.lookingAt()) {
                return Field.ANY;
            }
            String name = m.group(1);
            Field field = byPrefix(name).orElseThrow(() -> bad("Unknown field '" + name + ":'. Use "
                    + fieldList() + ", or put the text in quotes to search for it as written."));
            pos = m.end();
            if (atBreak()) {
                throw bad(name + ": needs a word or a \"phrase\" right after the colon, as in "
                        + field.prefix() + ":" + example(field) + ".");
            }
            return field;
        }

        /** The text between quotes, at pos. */
        private String phrase() {
            int close = s.indexOf(QUOTE, pos + 1);
            if (close < 0) {
                throw bad("The quote before '" + abbreviate(s.substring(pos + 1))
                        + "' is never closed; add a closing \" or remove it.");
            }
            String text = s.substring(pos + 1, close);
            pos = close + 1;
            if (text.isBlank()) {
                throw bad("Empty quotes \"\": put the exact phrase between them.");
            }
            return text;
        }

        /** Up to white space or a quote. */
        private String word() {
            int start = pos;
            while (pos < s.length() && !Character.isWhitespace(s.charAt(pos)) && s.charAt(pos) != QUOTE) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private boolean atBreak() {
            return pos == s.length() || Character.isWhitespace(s.charAt(pos));
        }
    }

    private static Optional<Field> byPrefix(String name) {
        return Arrays.stream(Field.values())
                .filter(f -> f != Field.ANY && f.prefix().equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    private static String fieldList() {
        return Arrays.stream(Field.values()).filter(f -> f != Field.ANY)
                .map(f -> f.prefix() + ":").collect(Collectors.joining(", "));
    }

    private static String example(Field field) {
        return switch (field) {
            case YEAR -> "2017";
            case LEAD, AGENCY -> "财政厅";
            default -> "扶贫";
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
