package org.policysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.policysearch.index.IndexLocation;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.IndexSchema.Facet;
import org.policysearch.index.TaskDocuments;
import org.policysearch.parse.Notice;
import org.policysearch.task.TaskRecord;

/**
 * The search backend over a local Lucene index. One {@link SnapshotManager} serves every request
 * (no reader per request) and follows the index location: when a new build becomes current, the
 * next request after a short interval switches to it while requests in flight finish on the old one.
 */
public final class LuceneSearchBackend implements SearchBackend {

    private static final System.Logger LOG = System.getLogger(LuceneSearchBackend.class.getName());

    /** How often a request may look whether another build became current (reads one small file). */
    private static final long REFRESH_CHECK_NANOS = 1_000_000_000L;

    /** Export reads its hits in pages of this many. */
    private static final int EXPORT_BATCH = 1_000;

    private static final SortField BY_DOC = new SortField(IndexSchema.DOC_ID, SortField.Type.STRING);
    private static final SortField BY_NUMBER = new SortField(IndexSchema.TASK_NUMBER, SortField.Type.LONG);
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, BY_DOC, BY_NUMBER);
    private static final Sort DATE = new Sort(newestFirst(), BY_DOC, BY_NUMBER);
    private static final Sort BY_ID = new Sort(new SortField(IndexSchema.ID, SortField.Type.STRING));
    private static final Sort IN_DOCUMENT = new Sort(BY_NUMBER);

    /** The facets of the API, in the order they are returned. */
    private static final List<Facet> FACETS = List.of(Facet.LEAD, Facet.AGENCY, Facet.YEAR, Facet.DOC, Facet.REGION);

    private final SnapshotManager snapshots;
    private volatile long lastRefreshCheck = System.nanoTime();

    private LuceneSearchBackend(SnapshotManager snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * Opens the index under {@code indexDir}: a location with builds and a {@code CURRENT} pointer
     * (as {@code policy-search index} writes it) or a folder holding one Lucene index.
     */
    public static LuceneSearchBackend open(Path indexDir) throws IOException {
        return new LuceneSearchBackend(new SnapshotManager(new IndexLocation(indexDir)));
    }

    /** Switches to the current build now if it changed; requests do this by themselves every second. */
    public void refresh() throws IOException {
        snapshots.maybeRefreshBlocking();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        Limits.check(request);
        LuceneQueries.Built built = LuceneQueries.build(request);
        return withSnapshot(snapshot -> {
            DrillSideways sideways = new DrillSideways(snapshot.searcher(), IndexSchema.facetsConfig(),
                    snapshot.facetState());
            int window = request.page() * request.size();
            DrillSideways.DrillSidewaysResult result =
                    sideways.search(built.query(), null, null, window, sort(request), true);
            ScoreDoc[] page = Arrays.copyOfRange(result.hits.scoreDocs,
                    Math.min((request.page() - 1) * request.size(), result.hits.scoreDocs.length),
                    result.hits.scoreDocs.length);
            return new SearchResult(result.hits.totalHits.value(), hits(snapshot, built.highlight(), page),
                    facets(result.facets, request));
        });
    }

    @Override
    public List<LeadRanking> whoLeads(SearchRequest request) {
        Limits.check(request);
        LuceneQueries.Built built = LuceneQueries.build(request);
        return withSnapshot(snapshot -> WhoLeads.rank(snapshot.searcher(), built.query(), request.fold()));
    }

    @Override
    public void export(SearchRequest request, Consumer<TaskRecord> sink) {
        Limits.check(request);
        LuceneQueries.Built built = LuceneQueries.build(request);
        withSnapshot(snapshot -> {
            IndexSearcher searcher = snapshot.searcher();
            StoredFields stored = searcher.storedFields();
            FieldDoc after = null;
            while (true) {
                TopFieldDocs batch = searcher.searchAfter(after, built.query(), EXPORT_BATCH, sort(request), false);
                for (ScoreDoc hit : batch.scoreDocs) {
                    sink.accept(TaskDocuments.toTask(stored.document(hit.doc)));
                }
                if (batch.scoreDocs.length < EXPORT_BATCH) {
                    return null;
                }
                after = (FieldDoc) batch.scoreDocs[batch.scoreDocs.length - 1];
            }
        });
    }

    @Override
    public Optional<TaskRecord> task(String taskId) {
        return withSnapshot(snapshot -> first(snapshot, entry(IndexSchema.KIND_TASK, IndexSchema.ID, taskId))
                .map(TaskDocuments::toTask));
    }

    @Override
    public List<DocumentSummary> documents() {
        return withSnapshot(snapshot -> all(snapshot, kind(IndexSchema.KIND_DOCUMENT), BY_ID).stream()
                .map(doc -> summary(TaskDocuments.toNotice(doc)))
                .toList());
    }

    @Override
    public Optional<DocumentSummary> document(String docId) {
        return withSnapshot(snapshot -> first(snapshot, entry(IndexSchema.KIND_DOCUMENT, IndexSchema.ID, docId))
                .map(doc -> summary(TaskDocuments.toNotice(doc))));
    }

    @Override
    public List<TaskRecord> tasksOf(String docId) {
        return withSnapshot(snapshot -> all(snapshot, entry(IndexSchema.KIND_TASK, IndexSchema.DOC_ID, docId),
                IN_DOCUMENT).stream().map(TaskDocuments::toTask).toList());
    }

    @Override
    public IndexInfo info() {
        return withSnapshot(IndexSnapshot::info);
    }

    @Override
    public void close() throws IOException {
        snapshots.close();
    }

    private static DocumentSummary summary(Notice notice) {
        return new DocumentSummary(notice.docId(), notice.title(), notice.issuer(), notice.docNumber(),
                notice.date(), notice.year(), notice.region(), notice.sourceFile(), notice.taskCount());
    }

    private static Sort sort(SearchRequest request) {
        return request.sort() == SearchRequest.Sort.DATE ? DATE : RELEVANCE;
    }

    /** Newest first; tasks of undated documents last. */
    private static SortField newestFirst() {
        return new SortField(IndexSchema.DATE, SortField.Type.LONG, true, Long.MIN_VALUE);
    }

    private static List<SearchHit> hits(IndexSnapshot snapshot, Query highlight, ScoreDoc[] page) throws IOException {
        Highlights.Html html = Highlights.of(snapshot.searcher(), highlight, page);
        StoredFields stored = snapshot.searcher().storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            TaskRecord task = TaskDocuments.toTask(stored.document(page[i].doc));
            hits.add(new SearchHit(task, page[i].score,
                    html.titles()[i] != null ? html.titles()[i] : MarkFormatter.escape(task.title()),
                    html.snippets()[i] != null ? html.snippets()[i] : MarkFormatter.escape(task.text())));
        }
        return hits;
    }

    /** Each facet's top values; with folding, lead and agency count by latest successor. */
    private static Map<String, List<FacetValue>> facets(Facets facets, SearchRequest request) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (Facet facet : FACETS) {
            String dim = LuceneQueries.dimension(facet, request.fold()).dim();
            List<FacetValue> values = new ArrayList<>();
            FacetResult top = facets.getTopChildren(Limits.FACET_VALUES, dim);
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.longValue()));
                }
            }
            for (String selected : selected(facet, request)) {
                if (values.stream().noneMatch(v -> v.value().equals(selected))) {
                    // A selected value stays visible, with its count, however low it ranks.
                    Number count = top == null ? null : facets.getSpecificValue(dim, selected);
                    values.add(new FacetValue(selected, count == null ? 0 : Math.max(0, count.longValue())));
                }
            }
            out.put(facet.dim(), List.copyOf(values));
        }
        return out;
    }

    private static List<String> selected(Facet facet, SearchRequest request) {
        return switch (facet) {
            case LEAD -> request.lead();
            case AGENCY -> request.agency();
            case YEAR -> request.years().stream().map(String::valueOf).toList();
            case DOC -> request.docs();
            case REGION -> request.regions();
            default -> List.of();
        };
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(IndexSchema.KIND, kind));
    }

    private static Query entry(String kind, String field, String value) {
        return new BooleanQuery.Builder()
                .add(kind(kind), Occur.FILTER)
                .add(new TermQuery(new Term(field, value)), Occur.FILTER)
                .build();
    }

    private static Optional<Document> first(IndexSnapshot snapshot, Query query) throws IOException {
        TopDocs top = snapshot.searcher().search(query, 1);
        return top.scoreDocs.length == 0 ? Optional.empty()
                : Optional.of(snapshot.searcher().storedFields().document(top.scoreDocs[0].doc));
    }

    private static List<Document> all(IndexSnapshot snapshot, Query query, Sort sort) throws IOException {
        IndexSearcher searcher = snapshot.searcher();
        int count = searcher.count(query);
        if (count == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        List<Document> docs = new ArrayList<>(count);
        for (ScoreDoc hit : searcher.search(query, count, sort).scoreDocs) {
            docs.add(stored.document(hit.doc));
        }
        return docs;
    }

    /** Work on one snapshot, held for the duration; Lucene limits become BadQueryException. */
    private <T> T withSnapshot(SnapshotWork<T> work) {
        maybeRefresh();
        IndexSnapshot snapshot;
        try {
            snapshot = snapshots.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return work.apply(snapshot);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("q", "The query is too complex; use fewer words or phrases.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                snapshots.release(snapshot);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "releasing an index snapshot", e);
            }
        }
    }

    private void maybeRefresh() {
        long now = System.nanoTime();
        if (now - lastRefreshCheck < REFRESH_CHECK_NANOS) {
            return;
        }
        lastRefreshCheck = now;
        try {
            snapshots.maybeRefresh();
        } catch (IOException e) {
            // Keep serving the build that is open; the next check tries again.
            LOG.log(Level.WARNING, "could not switch to the current index build", e);
        }
    }

    @FunctionalInterface
    private interface SnapshotWork<T> {
        T apply(IndexSnapshot snapshot) throws IOException;
    }
}
