package org.policysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.IndexSchema.Facet;

/**
 * One open index and what is derived from it once per reader rather than per request: the
 * searcher, the facet ordinal states, the index's facts and recent facet counts.
 *
 * @param path the folder the index was opened from: identifies the build
 */
record IndexSnapshot(Path path, IndexSearcher searcher, Map<Facet, SortedSetDocValuesReaderState> facetStates,
                     IndexInfo info, FacetCache facetCache) {

    /**
     * Opens the index in {@code path}, remembering the facet counts of up to {@code facetCacheEntries}
     * searches; the directory closes when the reader's last user releases it.
     */
    static IndexSnapshot open(Path path, int facetCacheEntries) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            return of(path, DirectoryReader.open(directory), directory, facetCacheEntries);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    DirectoryReader reader() {
        return (DirectoryReader) searcher.getIndexReader();
    }

    private static IndexSnapshot of(Path path, DirectoryReader reader, Directory directory, int facetCacheEntries)
            throws IOException {
        reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            return new IndexSnapshot(path, searcher, facetStates(reader), info(reader, searcher),
                    new FacetCache(facetCacheEntries));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The ordinal state of each facet dimension present in the index (a dimension no task has is absent). */
    private static Map<Facet, SortedSetDocValuesReaderState> facetStates(DirectoryReader reader) throws IOException {
        Map<Facet, SortedSetDocValuesReaderState> states = new EnumMap<>(Facet.class);
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        for (Facet facet : Facet.values()) {
            if (fields.fieldInfo(facet.field()) != null) {
                states.put(facet, new DefaultSortedSetDocValuesReaderState(reader, facet.field(), IndexSchema.facetsConfig()));
            }
        }
        return Map.copyOf(states);
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
