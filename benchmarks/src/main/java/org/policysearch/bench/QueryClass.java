package org.policysearch.bench;

/** The kinds of question a researcher asks, each measured on its own. */
public enum QueryClass {
    COMMON_WORD("common word", true),
    RARE_WORD("rare word", true),
    TWO_CHAR_WORD("two-character word", true),
    PHRASE("phrase", true),
    AND("AND of two words", true),
    FILTER_YEAR("word + year filter", false),
    FILTER_LEAD("word + lead filter", false),
    WHO_LEADS("who leads (word)", false);

    private final String label;
    private final boolean textOnly;

    QueryClass(String label, boolean textOnly) {
        this.label = label;
        this.textOnly = textOnly;
    }

    public String label() {
        return label;
    }

    /** A pure text query, which ripgrep and FTS5 can answer too. */
    public boolean textOnly() {
        return textOnly;
    }
}
