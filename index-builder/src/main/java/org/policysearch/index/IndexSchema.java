package org.policysearch.index;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.policysearch.task.Role;
import org.policysearch.text.TextFolding;

/**
 * The one owner of the index contract: field names, facet dimensions, analyzers and commit data,
 * used by the builder and by the search service alike.
 *
 * <p>The index holds two kinds of Lucene documents, told apart by {@link #KIND}: one per task
 * (carrying its document's metadata, so a search needs no join) and one per document (notice),
 * which lists documents, including those without tasks.
 */
public final class IndexSchema {

    /** Bumped when a change to this class needs a rebuild; recorded in every commit. */
    public static final String VERSION = "4";

    // ---- identity (StringField: indexed as one exact term, never analysed)

    /** {@link #KIND_TASK} or {@link #KIND_DOCUMENT}; every query filters on it. */
    public static final String KIND = "kind";
    public static final String KIND_TASK = "task";
    public static final String KIND_DOCUMENT = "document";
    /** taskId ({@code docId#number}) or docId: the upsert term, stored, and sorted doc values for a stable order. */
    public static final String ID = "id";
    /** The task's document: exact term for {@code tasksOf}, sorted doc values for the tie-break. */
    public static final String DOC_ID = "docId";
    /** Stored, and numeric doc values to order a document's tasks. */
    public static final String TASK_NUMBER = "taskNumber";

    // ---- text: "title"/"text" hold the original (stored, for display and highlighting) and are
    // analysed for recall; ".grams" holds the same text's short runs as single terms, for matching
    // them without positions; ".words" is the same text segmented by smartcn for ranking only
    // (neither stored)

    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String TITLE_GRAMS = "title.grams";
    public static final String TEXT_GRAMS = "text.grams";
    public static final String TITLE_WORDS = "title.words";
    public static final String TEXT_WORDS = "text.words";

    /** The shortest and longest runs of characters the ".grams" fields hold as terms. */
    public static final int GRAM_MIN = 3;
    public static final int GRAM_MAX = 4;

    // ---- agency names for the query language (lead:, agency:): every form of each name (as
    // written, canonical, aliases) as one exact term in its name-key form; a query matches a task
    // when its text, in the same form, is part of one of the task's terms. The successor fields
    // hold only the latest successors' names that are not already among the task's own, for
    // searches that fold (which match either field). A few hundred distinct names make a small
    // term dictionary: matching inside it costs nothing, where analysing every name of every task
    // into positions was 45 % of all the index's postings.

    public static final String LEAD_NAMES = "leadNames";
    public static final String AGENCY_NAMES = "agencyNames";
    public static final String LEAD_SUCCESSOR_NAMES = "leadSuccessorNames";
    public static final String AGENCY_SUCCESSOR_NAMES = "agencySuccessorNames";

    /**
     * Sorted-set doc values for who-leads: per lead (cooperating) agency
     * {@code successor␟canonical␟written}, so the ranking reads no stored fields.
     */
    public static final String LEAD_WHO = "leadWho";
    public static final String COOPERATING_WHO = "cooperatingWho";
    /** Separates the parts of a who-leads value (the unit separator, never in a name). */
    public static final char WHO_SEPARATOR = '\u001f';

    // ---- stored only (display and rebuilding the record)

    public static final String TASK_LABEL = "taskLabel";
    public static final String SECTION = "section";
    public static final String DOC_TITLE = "docTitle";
    public static final String ISSUER = "issuer";
    public static final String DOC_NUMBER = "docNumber";
    public static final String REGION = "region";
    public static final String SOURCE_FILE = "sourceFile";
    /** On document entries: how many tasks the document holds. */
    public static final String TASK_COUNT = "taskCount";

    // ---- dates: stored ISO string, a point for from/to ranges, doc values for sort=date

    /** Stored as ISO text; point and doc values hold the epoch day. */
    public static final String DATE = "date";
    /** Stored, and an int point for {@code year:}. */
    public static final String YEAR = "year";

    // ---- commit user data, read by IndexInfo

    public static final String COMMIT_BUILT_AT = "builtAt";
    public static final String COMMIT_BUILD_ID = "buildId";
    public static final String COMMIT_DOCUMENTS = "documents";
    public static final String COMMIT_TASKS = "tasks";
    public static final String COMMIT_SCHEMA = "schema";

    /** Title matches weigh this much more than text matches. */
    public static final float TITLE_BOOST = 3f;

    /**
     * Recall-analysed and stored, with positions for phrases but no offsets: offsets in the
     * postings cost a third of the build and most of the index's size, while the highlighter needs
     * them only for the page of hits it shows, and re-analyses those few stored texts instead.
     */
    public static final FieldType RECALL_STORED = TextField.TYPE_STORED;

    /** One exact term per agency name ({@link #nameKey}), nothing stored. */
    public static final FieldType NAME_KEYS = StringField.TYPE_NOT_STORED;

    /**
     * Runs as terms, for matching only: which tasks hold a run is all a query asks of them, so no
     * frequencies, positions or norms (a longer run is confirmed by the recall field's phrase).
     */
    public static final FieldType RUN_GRAMS;

    /**
     * smartcn words for ranking: frequencies and norms for BM25, no positions, since ranking
     * queries are single words (phrases run on the recall fields). Nothing stored.
     */
    public static final FieldType RANKING_WORDS;

    static {
        RUN_GRAMS = new FieldType(TextField.TYPE_NOT_STORED);
        RUN_GRAMS.setIndexOptions(IndexOptions.DOCS);
        RUN_GRAMS.setOmitNorms(true);
        RUN_GRAMS.freeze();
        RANKING_WORDS = new FieldType(TextField.TYPE_NOT_STORED);
        RANKING_WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        RANKING_WORDS.freeze();
    }

    /** Facet dimensions: exact strings in sorted-set doc values. */
    public enum Facet {
        /** Canonical names of lead agencies. */
        LEAD(true),
        /** Canonical names of agencies in any role. */
        AGENCY(true),
        YEAR(false),
        /** docId. */
        DOC(false),
        REGION(false),
        /** {@link #LEAD} with each name replaced by its latest successor: folding is free at query time. */
        LEAD_LINEAGE(true),
        /** {@link #AGENCY} with each name replaced by its latest successor. */
        AGENCY_LINEAGE(true);

        private final boolean multiValued;

        Facet(boolean multiValued) {
            this.multiValued = multiValued;
        }

        /** Whether an entry may have several values in this dimension. */
        public boolean multiValued() {
            return multiValued;
        }

        /** The dimension name, also the facet's key in the API: {@code lead}, {@code leadLineage}. */
        public String dim() {
            String[] parts = name().toLowerCase(Locale.ROOT).split("_");
            return parts.length == 1 ? parts[0]
                    : parts[0] + Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
        }

        /**
         * The sorted-set doc values field holding this dimension alone, so a search counts only the
         * dimensions it shows (and a drill-sideways count only its own) rather than every ordinal
         * of every task.
         */
        public String field() {
            return "facet." + dim();
        }

        /** The dimension that filters and counts this one when predecessors fold into successors. */
        public Facet folded() {
            return switch (this) {
                case LEAD -> LEAD_LINEAGE;
                case AGENCY -> AGENCY_LINEAGE;
                default -> this;
            };
        }
    }

    private static final FacetsConfig FACETS = newFacetsConfig();

    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(Analysis.recall(), Map.of(
            TITLE_GRAMS, Analysis.grams(),
            TEXT_GRAMS, Analysis.grams(),
            TITLE_WORDS, Analysis.words(),
            TEXT_WORDS, Analysis.words()));

    private IndexSchema() {
    }

    /** Shared and read-only once built: configure nothing on it. */
    public static FacetsConfig facetsConfig() {
        return FACETS;
    }

    /** Per-field analysis: recall for title, text and names; runs for ".grams"; smartcn for ".words". */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /**
     * The form an agency name is indexed in, and a lead:/agency: query's text is matched in: width,
     * bracket and script folded, lower case, so 自治區發改委 finds 自治区发改委 as the recall fields do.
     */
    public static String nameKey(String name) {
        return TextFolding.fold(name).toLowerCase(Locale.ROOT);
    }

    /** Stored agencies of one role as written: {@code leadAgencies}, like the TaskRecord component. */
    public static String agenciesField(Role role) {
        return role.key() + "Agencies";
    }

    /** Stored canonical names of one role: {@code leadCanonical}, like the TaskRecord component. */
    public static String canonicalField(Role role) {
        return role.key() + "Canonical";
    }

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.dim(), facet.multiValued());
            config.setIndexFieldName(facet.dim(), facet.field());
        }
        return config;
    }
}
