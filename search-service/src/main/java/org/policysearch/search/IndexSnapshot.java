package org.policysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policysearch.index.IndexSchema;

/**
 * One open index and what is derived from it once per reader rather than per request: the
 * searcher, the facet ordinal state and the index's facts.
 *
 * @param path the folder the index was opened from: identifies the build
 */
record IndexSnapshot(Path path, IndexSearcher searcher, SortedSetDocValuesReaderState facetState, IndexInfo info) {

    /** Opens the index in {@code path}; the directory closes when the reader's last user releases it. */
    static IndexSnapshot open(Path path) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            return of(path, DirectoryReader.open(directory), directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    DirectoryReader reader() {
        return (DirectoryReader) searcher.getIndexReader();
    }

    private static IndexSnapshot of(Path path, DirectoryReader reader, Directory directory) throws IOException {
        reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState facetState =
                    new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
            return new IndexSnapshot(path, searcher, facetState, info(reader, searcher));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
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
