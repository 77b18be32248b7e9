package org.policysearch.index;

import static org.policysearch.index.IndexSchema.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.parse.Notice;
import org.policysearch.task.Role;
import org.policysearch.task.TaskRecord;

/**
 * Turns records into Lucene documents and back. Everything a {@link TaskRecord} holds is stored,
 * so search returns the very record the parser made.
 */
public final class TaskDocuments {

    private final AgencyRegistry registry;

    public TaskDocuments(AgencyRegistry registry) {
        this.registry = registry;
    }

    /** The term that identifies a task or document entry: updating by it makes a re-index an upsert. */
    public static Term idTerm(String id) {
        return new Term(ID, id);
    }

    /** A task, with its document's facts, facet fields built. */
    public Document task(TaskRecord task) throws IOException {
        Document doc = new Document();
        identity(doc, KIND_TASK, task.taskId());
        docId(doc, task.docId());
        doc.add(new StoredField(TASK_NUMBER, task.taskNumber()));
        doc.add(new NumericDocValuesField(TASK_NUMBER, task.taskNumber()));
        storeIfPresent(doc, TASK_LABEL, task.taskLabel());
        storeIfPresent(doc, SECTION, task.section());

        doc.add(new Field(TITLE, task.title(), RECALL_STORED));
        doc.add(new Field(TEXT, task.text(), RECALL_STORED));
        doc.add(new Field(TITLE_GRAMS, task.title(), RUN_GRAMS));
        doc.add(new Field(TEXT_GRAMS, task.text(), RUN_GRAMS));
        doc.add(new Field(TITLE_WORDS, task.title(), RANKING_WORDS));
        doc.add(new Field(TEXT_WORDS, task.text(), RANKING_WORDS));

        Set<String> anyRole = new LinkedHashSet<>();
        Names agencyNames = new Names();
        Names leadNames = new Names();
        for (Role role : Role.values()) {
            List<String> written = task.agencies(role);
            List<String> canonical = canonicalOf(task, role);
            written.forEach(name -> doc.add(new StoredField(agenciesField(role), name)));
            task.canonical(role).forEach(name -> doc.add(new StoredField(canonicalField(role), name)));
            anyRole.addAll(canonical);
            for (int i = 0; i < written.size(); i++) {
                agencyNames.add(written.get(i), canonical.get(i));
                if (role == Role.LEAD) {
                    leadNames.add(written.get(i), canonical.get(i));
                    doc.add(who(LEAD_WHO, successor(canonical.get(i)), canonical.get(i), written.get(i)));
                    facet(doc, Facet.LEAD, canonical.get(i));
                    facet(doc, Facet.LEAD_LINEAGE, successor(canonical.get(i)));
                } else if (role == Role.COOPERATING) {
                    doc.add(who(COOPERATING_WHO, successor(canonical.get(i)), canonical.get(i), written.get(i)));
                }
            }
        }
        for (String canonical : anyRole) {
            facet(doc, Facet.AGENCY, canonical);
            facet(doc, Facet.AGENCY_LINEAGE, successor(canonical));
        }
        agencyNames.addTo(doc, AGENCY_NAMES, AGENCY_SUCCESSOR_NAMES);
        leadNames.addTo(doc, LEAD_NAMES, LEAD_SUCCESSOR_NAMES);

        documentFacts(doc, new Notice(task.docId(), task.docTitle(), task.issuer(), task.docNumber(), task.date(),
                task.year(), task.region(), task.sourceFile(), "", 0));
        if (task.year() != null) {
            facet(doc, Facet.YEAR, task.year().toString());
        }
        if (task.region() != null && !task.region().isEmpty()) {
            facet(doc, Facet.REGION, task.region());
        }
        facet(doc, Facet.DOC, task.docId());
        return facetsConfig().build(doc);
    }

    /** A document (notice) entry: its facts and task count, without its text. */
    public Document notice(Notice notice) {
        Document doc = new Document();
        identity(doc, KIND_DOCUMENT, notice.docId());
        docId(doc, notice.docId());
        documentFacts(doc, notice);
        doc.add(new StoredField(TASK_COUNT, notice.taskCount()));
        return doc;
    }

    /** The document's facts, stored alike on its entry and on each of its tasks. */
    private static void documentFacts(Document doc, Notice notice) {
        storeIfPresent(doc, DOC_TITLE, notice.title());
        storeIfPresent(doc, ISSUER, notice.issuer());
        storeIfPresent(doc, DOC_NUMBER, notice.docNumber());
        storeIfPresent(doc, SOURCE_FILE, notice.sourceFile());
        storeIfPresent(doc, REGION, notice.region());
        if (notice.date() != null) {
            doc.add(new StoredField(DATE, notice.date().toString()));
            doc.add(new LongPoint(DATE, notice.date().toEpochDay()));
            doc.add(new NumericDocValuesField(DATE, notice.date().toEpochDay()));
        }
        if (notice.year() != null) {
            doc.add(new StoredField(YEAR, notice.year()));
            doc.add(new IntPoint(YEAR, notice.year()));
        }
    }

    /** Rebuilds the task from a task entry's stored fields. */
    public static TaskRecord toTask(Document doc) {
        return new TaskRecord(
                doc.get(ID),
                doc.get(DOC_ID),
                doc.getField(TASK_NUMBER).numericValue().intValue(),
                doc.get(TASK_LABEL),
                doc.get(SECTION),
                doc.get(TITLE),
                doc.get(TEXT),
                values(doc, agenciesField(Role.LEAD)),
                values(doc, agenciesField(Role.COOPERATING)),
                values(doc, agenciesField(Role.IMPLEMENTING)),
                values(doc, canonicalField(Role.LEAD)),
                values(doc, canonicalField(Role.COOPERATING)),
                values(doc, canonicalField(Role.IMPLEMENTING)),
                doc.get(DOC_TITLE),
                doc.get(ISSUER),
                doc.get(DOC_NUMBER),
                dateOf(doc),
                yearOf(doc),
                doc.get(REGION),
                doc.get(SOURCE_FILE));
    }

    /** Rebuilds a document from its entry (text left empty: the index does not keep it). */
    public static Notice toNotice(Document doc) {
        return new Notice(doc.get(ID), doc.get(DOC_TITLE), doc.get(ISSUER), doc.get(DOC_NUMBER),
                dateOf(doc), yearOf(doc), doc.get(REGION), doc.get(SOURCE_FILE), "",
                doc.getField(TASK_COUNT).numericValue().intValue());
    }

    /** Splits a who-leads doc-values entry into its parts. */
    public static List<String> whoParts(BytesRef value) {
        return Arrays.asList(value.utf8ToString().split(String.valueOf(WHO_SEPARATOR), -1));
    }

    private String successor(String canonical) {
        return registry.latestSuccessor(canonical);
    }

    /** Canonical names index-aligned with the written ones; a name the registry lacks stands for itself. */
    private static List<String> canonicalOf(TaskRecord task, Role role) {
        List<String> written = task.agencies(role);
        List<String> canonical = task.canonical(role);
        List<String> aligned = new ArrayList<>(written.size());
        for (int i = 0; i < written.size(); i++) {
            String name = i < canonical.size() ? canonical.get(i) : null;
            aligned.add(name == null || name.isEmpty() ? written.get(i) : name);
        }
        return aligned;
    }

    /**
     * Every name the agencies of a task go by: as written, canonical and the registry's aliases,
     * so {@code lead:发改委} finds 自治区发展改革委; apart, the names of their latest successors
     * that are not among them. Each name is one exact term ({@link IndexSchema#nameKey}).
     */
    private final class Names {
        private final Set<String> own = new LinkedHashSet<>();
        private final Set<String> successors = new LinkedHashSet<>();

        void add(String written, String canonical) {
            own.add(written);
            own.add(canonical);
            registry.entry(canonical).ifPresent(entry -> own.addAll(entry.names()));
            String successor = successor(canonical);
            successors.add(successor);
            registry.entry(successor).ifPresent(entry -> successors.addAll(entry.names()));
        }

        void addTo(Document doc, String field, String successorField) {
            Set<String> ownKeys = keys(own);
            Set<String> successorKeys = keys(successors);
            successorKeys.removeAll(ownKeys);
            ownKeys.forEach(key -> doc.add(new Field(field, key, NAME_KEYS)));
            successorKeys.forEach(key -> doc.add(new Field(successorField, key, NAME_KEYS)));
        }

        private static Set<String> keys(Set<String> names) {
            Set<String> keys = new LinkedHashSet<>();
            names.forEach(name -> keys.add(IndexSchema.nameKey(name)));
            return keys;
        }
    }

    private static IndexableField who(String field, String... parts) {
        return new SortedSetDocValuesField(field, new BytesRef(String.join(String.valueOf(WHO_SEPARATOR), parts)));
    }

    private static void identity(Document doc, String kind, String id) {
        doc.add(new StringField(KIND, kind, Field.Store.NO));
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
    }

    /** Lucene requires a field to have the same structures in every document that has it. */
    private static void docId(Document doc, String docId) {
        doc.add(new StringField(DOC_ID, docId, Field.Store.YES));
        doc.add(new SortedDocValuesField(DOC_ID, new BytesRef(docId)));
    }

    private static void facet(Document doc, Facet facet, String value) {
        doc.add(new SortedSetDocValuesFacetField(facet.dim(), value));
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static List<String> values(Document doc, String field) {
        return List.of(doc.getValues(field));
    }

    private static LocalDate dateOf(Document doc) {
        String date = doc.get(DATE);
        return date == null ? null : LocalDate.parse(date);
    }

    private static Integer yearOf(Document doc) {
        IndexableField year = doc.getField(YEAR);
        return year == null ? null : year.numericValue().intValue();
    }
}
