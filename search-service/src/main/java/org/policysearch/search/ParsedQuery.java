package org.policysearch.search;

import java.util.List;

/**
 * A query string as the query language reads it (SPEC §4), before any engine sees it: every clause
 * must match, except excluded ones, which must not.
 *
 * @param clauses in the order written
 */
public record ParsedQuery(List<Clause> clauses) {

    public ParsedQuery {
        clauses = List.copyOf(clauses);
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** Where a term looks. */
    public enum Field {
        /** Title or text. */
        ANY(""),
        TITLE("title"),
        /** Lead agencies, any form of the name. */
        LEAD("lead"),
        /** Agencies in any role. */
        AGENCY("agency"),
        YEAR("year");

        private final String prefix;

        Field(String prefix) {
            this.prefix = prefix;
        }

        /** The name written before the colon; empty for {@link #ANY}. */
        public String prefix() {
            return prefix;
        }

        /** Whether a term of this field is matched in the tasks' text fields (and ranked by its words). */
        public boolean inText() {
            return this == ANY || this == TITLE;
        }
    }

    /**
     * A word or a quoted phrase, in one field.
     *
     * @param text   the word, or the phrase without its quotes
     * @param phrase whether it was quoted
     */
    public record Term(Field field, String text, boolean phrase) {
        @Override
        public String toString() {
            String value = phrase ? '"' + text + '"' : text;
            return field == Field.ANY ? value : field.prefix() + ':' + value;
        }
    }

    /**
     * Terms joined by OR (one term when there is no OR), required or excluded as a whole.
     *
     * @param anyOf    at least one must match
     * @param excluded whether the clause was written {@code -term}
     */
    public record Clause(List<Term> anyOf, boolean excluded) {
        public Clause {
            anyOf = List.copyOf(anyOf);
        }
    }
}
