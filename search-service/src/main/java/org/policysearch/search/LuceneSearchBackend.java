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
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
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
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.policysearch.index.IndexLocation;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.IndexSchema.Facet;
import org.policysearch.index.TaskDocuments;
import org.policysearch.parse.Notice;
import org.policysearch.task.TaskRecord;

/**
 * The search backend over a local Lucene index. One {@link SnapshotManager} serves every request
 * (no reader per request) and follows the index location: within about a second of a new build
 * becoming current, requests switch to it, while requests in flight finish on the old one.
 */
public final class LuceneSearchBackend implements SearchBackend {

    private static final System.Logger LOG = System.getLogger(LuceneSearchBackend.class.getName());

    /** How often a request may look whether another build became current (reads one small file). */
    private static final long REFRESH_CHECK_NANOS = 1_000_000_000L;

    /**
     * Export reads its hits in batches, each running the query again after the last hit: doubling
     * the batch keeps the runs few for millions of hits and the memory bounded.
     */
    private static final int EXPORT_FIRST_BATCH = 1_000;
    private static final int EXPORT_MAX_BATCH = 64_000;

    /** Newest first; tasks of undated documents last. */
    private static final SortField NEWEST_FIRST = new SortField(IndexSchema.DATE, SortField.Type.LONG, true,
            Long.MIN_VALUE);
    private static final Sort BY_ID = new Sort(new SortField(IndexSchema.ID, SortField.Type.STRING));

    /** The facets of the API, in the order they are returned. */
    static final List<Facet> FACETS = List.of(Facet.LEAD, Facet.AGENCY, Facet.YEAR, Facet.DOC, Facet.REGION);

    /** Whether searches remember their answers per index build. */
    public enum Caching {
        /**
         * As {@code serve} runs: a repeated request is answered from memory; the next page or
         * another order of a search reuses its total and facet counts.
         */
        ON,
        /** Every search does all its work, as one not seen before does: for measuring first searches. */
        OFF
    }

    private final SearchThreads threads;
    private final SnapshotManager snapshots;
    private final LongAdder facetCountings = new LongAdder();
    private volatile long lastRefreshCheck = System.nanoTime();

    private LuceneSearchBackend(SearchThreads threads, SnapshotManager snapshots) {
        this.threads = threads;
        this.snapshots = snapshots;
    }

    /**
     * Opens the index under {@code indexDir}: a location with builds and a {@code CURRENT} pointer
     * (as {@code policy-search index} writes it) or a folder holding one Lucene index.
     */
    public static LuceneSearchBackend open(Path indexDir) throws IOException {
        return open(indexDir, Caching.ON);
    }

    /** Like {@link #open(Path)}, with the caches on or off. */
    public static LuceneSearchBackend open(Path indexDir, Caching caching) throws IOException {
        return open(indexDir, caching, SearchThreads.perCore());
    }

    /** Like {@link #open(Path, Caching)}, searching on {@code threads}, which the backend closes. */
    static LuceneSearchBackend open(Path indexDir, Caching caching, SearchThreads threads) throws IOException {
        try {
            return new LuceneSearchBackend(threads, new SnapshotManager(new IndexLocation(indexDir), threads,
                    caching == Caching.ON ? SnapshotCaches::standard : SnapshotCaches::none));
        } catch (IOException | RuntimeException e) {
            threads.close();
            throw e;
        }
    }

    /** How many slices a broad search is split into on the current snapshot: what shows the threads at work. */
    int slices() {
        return withSnapshot(snapshot -> snapshot.partitioned().getSlices().length);
    }

    /** How many of the current snapshot's two searchers cache clause match sets: what shows Lucene's cache on or off. */
    long clauseCaches() {
        return withSnapshot(snapshot -> Stream.of(snapshot.searcher(), snapshot.partitioned())
                .filter(searcher -> searcher.getQueryCache() != null).count());
    }

    /** How many searches counted their facets rather than finding them cached: what shows the cache at work. */
    long facetCountings() {
        return facetCountings.sum();
    }

    /** Switches to the current build now if it changed; requests do this by themselves every second. */
    public void refresh() throws IOException {
        snapshots.maybeRefreshBlocking();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        Limits.check(request);
        LuceneQueries.Built built = LuceneQueries.build(request);
        return withSnapshot(snapshot -> snapshot.caches().results().get(request,
                () -> threads.inTurn(() -> answer(snapshot, request, built))));
    }

    private SearchResult answer(IndexSnapshot snapshot, SearchRequest request, LuceneQueries.Built built)
            throws IOException {
        int window = request.page() * request.size();
        Sort sort = sort(request, snapshot.order());
        // Counting visits every match anyway, so the request that counts takes its page from the same pass.
        ScoreDoc[][] countedPage = new ScoreDoc[1][];
        Counts counts = snapshot.caches().counts().get(Counts.Key.of(request), () -> {
            facetCountings.increment();
            List<Facet> shown = FACETS.stream().map(f -> LuceneQueries.dimension(f, request.fold())).toList();
            FacetCounts.Result result = new FacetCounts(snapshot.partitioned(), snapshot.facetColumns(),
                    snapshot.rollups(), snapshot.roles(), shown).search(built, window, sort);
            countedPage[0] = result.top();
            return new Counts(result.total(), facets(result.facets(), request));
        });
        ScoreDoc[] top = countedPage[0] != null ? countedPage[0]
                : topHits(snapshot.partitioned(), built.ranked(), window, sort);
        ScoreDoc[] page = Arrays.copyOfRange(top, Math.min((request.page() - 1) * request.size(), top.length),
                top.length);
        return new SearchResult(counts.total(), hits(snapshot, built.highlight(), page), counts.facets(),
                snapshot.info().version());
    }

    /**
     * The first {@code window} hits when total and facets are known: the count need not be exact,
     * so the collector may skip hits that cannot compete.
     */
    private static ScoreDoc[] topHits(IndexSearcher searcher, Query query, int window, Sort sort) throws IOException {
        TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort, window, null, window));
        populateScores(top.scoreDocs, searcher, query, sort);
        return top.scoreDocs;
    }

    /**
     * Sets the score of each of the {@code top} hits that {@code ranked} found in {@code sort} order.
     * A sort by score holds each hit's score as its first sort value; only another sort needs the
     * hits scored again (weights and scorers: 0.1 ms a search at 1 GB).
     */
    static void populateScores(ScoreDoc[] top, IndexSearcher searcher, Query ranked, Sort sort) throws IOException {
        if (!byScore(sort)) {
            TopFieldCollector.populateScores(top, searcher, ranked);
            return;
        }
        for (ScoreDoc hit : top) {
            hit.score = (Float) ((FieldDoc) hit).fields[0];
        }
    }

    @Override
    public List<LeadRanking> whoLeads(SearchRequest request) {
        Limits.check(request);
        LuceneQueries.Built built = LuceneQueries.build(request);
        return withSnapshot(snapshot -> snapshot.caches().leads().get(Counts.Key.of(request),
                () -> threads.inTurn(() -> WhoLeads.rank(snapshot.partitioned(), snapshot.facetColumns().get(Facet.DOC),
                        snapshot.order(), snapshot.who(), built.query(), request.fold()))));
    }

    @Override
    public void export(SearchRequest request, Consumer<TaskRecord> sink) {
        Limits.check(request);
        LuceneQueries.Built built = LuceneQueries.build(request);
        withSnapshot(snapshot -> {
            IndexSearcher searcher = snapshot.searcher();
            StoredFields stored = searcher.storedFields();
            Sort sort = sort(request, snapshot.order());
            FieldDoc after = null;
            for (int size = EXPORT_FIRST_BATCH; ; size = Math.min(2 * size, EXPORT_MAX_BATCH)) {
                TopFieldDocs batch = searcher.searchAfter(after, built.ranked(), size, sort, false);
                for (ScoreDoc hit : batch.scoreDocs) {
                    sink.accept(TaskDocuments.toTask(stored.document(hit.doc)));
                }
                if (batch.scoreDocs.length < size) {
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
                snapshot.order().sort()).stream().map(TaskDocuments::toTask).toList());
    }

    @Override
    public IndexInfo info() {
        return withSnapshot(IndexSnapshot::info);
    }

    @Override
    public void close() throws IOException {
        try {
            snapshots.close();
        } finally {
            threads.close();
        }
    }

    private static DocumentSummary summary(Notice notice) {
        return new DocumentSummary(notice.docId(), notice.title(), notice.issuer(), notice.docNumber(),
                notice.date(), notice.year(), notice.region(), notice.sourceFile(), notice.taskCount());
    }

    /** A request's order of hits: by relevance or date, then tasks in {@code order}. */
    static Sort sort(SearchRequest request, TaskOrder order) {
        return new Sort(request.sort() == SearchRequest.Sort.DATE ? NEWEST_FIRST : SortField.FIELD_SCORE, order.field());
    }

    /** Whether a sort ranks by score first, as relevance does: what the ways of finding a page by score need. */
    static boolean byScore(Sort sort) {
        return sort.getSort()[0].getType() == SortField.Type.SCORE;
    }

    private static List<SearchHit> hits(IndexSnapshot snapshot, Query highlight, ScoreDoc[] page) throws IOException {
        StoredFields stored = snapshot.searcher().storedFields();
        List<TaskRecord> tasks = new ArrayList<>(page.length);
        for (ScoreDoc hit : page) {
            tasks.add(TaskDocuments.toTask(stored.document(hit.doc)));
        }
        Highlights.Html html = Highlights.of(snapshot.searcher(), highlight, page, tasks);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            TaskRecord task = tasks.get(i);
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
            Facet counted = LuceneQueries.dimension(facet, request.fold());
            String dim = counted.dim();
            List<FacetValue> values = new ArrayList<>();
            FacetResult top = facets.getTopChildren(Limits.FACET_VALUES, dim); // null: nothing counted
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.longValue()));
                }
            }
            for (String selected : request.selected(facet)) {
                if (values.stream().noneMatch(v -> v.value().equals(selected))) {
                    // A selected value stays visible, with its count, however low it ranks.
                    // -1 when no task has the value
                    long count = Math.max(0, facets.getSpecificValue(dim, selected).longValue());
                    values.add(new FacetValue(selected, count));
                }
            }
            out.put(facet.dim(), List.copyOf(values));
        }
        return out;
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

    /**
     * At most once a second, looks for a new current build on a thread of its own, so that no
     * request waits while a new build is opened; requests keep the open one until it is ready.
     */
    private void maybeRefresh() {
        long now = System.nanoTime();
        if (now - lastRefreshCheck < REFRESH_CHECK_NANOS) {
            return;
        }
        lastRefreshCheck = now;
        Thread.startVirtualThread(() -> {
            try {
                snapshots.maybeRefresh();
            } catch (AlreadyClosedException closed) {
                // the backend was closed meanwhile: nothing left to refresh
            } catch (IOException | RuntimeException e) {
                // Keep serving the build that is open; the next check tries again.
                LOG.log(Level.WARNING, "could not switch to the current index build", e);
            }
        });
    }

    @FunctionalInterface
    private interface SnapshotWork<T> {
        T apply(IndexSnapshot snapshot) throws IOException;
    }
}
