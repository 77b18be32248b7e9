package org.policysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.IndexSchema.Facet;

/**
 * One open index and what is derived from it once per reader rather than per request: the
 * searchers, the facet and who-leads columns, the facet roll-ups, the order of tasks, the index's
 * facts and the answers of recent searches.
 *
 * @param path        the folder the index was opened from: identifies the build
 * @param searcher    searches on the calling thread
 * @param partitioned splits a search over the search threads, for broad searches
 * @param rollups     the dimensions counted from the per-notice counts, by dimension
 * @param roles       the agency and lead dimensions in one column each, for counting both at once
 * @param who         the who-leads values of every task
 * @param order       the order of tasks that rank alike
 */
record IndexSnapshot(Path path, IndexSearcher searcher, IndexSearcher partitioned,
                     Map<Facet, FacetColumn> facetColumns, Map<Facet, NoticeRollup> rollups,
                     List<AgencyRoles> roles, WhoColumns who,
                     TaskOrder order, IndexInfo info, SnapshotCaches caches) {

    /**
     * Opens the index in {@code path} with fresh {@code caches}; the directory closes when the
     * reader's last user releases it.
     */
    static IndexSnapshot open(Path path, SearchThreads threads, SnapshotCaches caches) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            return of(path, DirectoryReader.open(directory), directory, threads, caches);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    DirectoryReader reader() {
        return (DirectoryReader) searcher.getIndexReader();
    }

    private static IndexSnapshot of(Path path, DirectoryReader reader, Directory directory, SearchThreads threads,
                                    SnapshotCaches caches) throws IOException {
        reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
        try {
            DirectoryReader dense = DenseNorms.wrap(reader);
            IndexSearcher searcher = new IndexSearcher(dense);
            IndexSearcher partitioned = threads.searcher(dense);
            searcher.setQueryCache(caches.clauses());
            partitioned.setQueryCache(caches.clauses());
            Map<Facet, FacetColumn> columns = FacetColumn.loadAll(reader);
            return new IndexSnapshot(path, searcher, partitioned, columns, rollups(reader, columns),
                    AgencyRoles.load(columns, reader.maxDoc()), WhoColumns.load(reader), TaskOrder.load(reader),
                    info(reader, searcher), caches);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Each single-valued dimension that the index shows to hold its notice's value, rolled up from the notices. */
    private static Map<Facet, NoticeRollup> rollups(DirectoryReader reader, Map<Facet, FacetColumn> columns)
            throws IOException {
        FacetColumn notices = columns.get(Facet.DOC);
        if (notices == null) {
            return Map.of();
        }
        Map<Facet, NoticeRollup> rollups = new EnumMap<>(Facet.class);
        for (Map.Entry<Facet, FacetColumn> column : columns.entrySet()) {
            if (column.getKey() != Facet.DOC && !column.getKey().multiValued()) {
                NoticeRollup.of(reader, notices, column.getValue())
                        .ifPresent(rollup -> rollups.put(column.getKey(), rollup));
            }
        }
        return Map.copyOf(rollups);
    }

    /** Counts (exact, and cheap: one term each) and the build's time and name from its commit data. */
    private static IndexInfo info(DirectoryReader reader, IndexSearcher searcher) throws IOException {
        Map<String, String> data = reader.getIndexCommit().getUserData();
        long documents = count(searcher, IndexSchema.KIND_DOCUMENT);
        long tasks = count(searcher, IndexSchema.KIND_TASK);
        String builtAt = data.get(IndexSchema.COMMIT_BUILT_AT);
        String version = data.getOrDefault(IndexSchema.COMMIT_BUILD_ID, reader.getIndexCommit().getSegmentsFileName());
        return new IndexInfo(documents, tasks, builtAt == null ? null : Instant.parse(builtAt), version);
    }

    private static long count(IndexSearcher searcher, String kind) throws IOException {
        return searcher.count(new TermQuery(new Term(IndexSchema.KIND, kind)));
    }
}
