package org.policysearch.search;

import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that splits each search into one doc id range per thread of its executor, cutting
 * segments into partitions: a build is a single segment, so Lucene's default slicing (whole
 * segments) would leave all but one core idle while a broad search visits hundreds of thousands
 * of matches. (Lucene's drill-sideways scorer refuses partitions: {@link FacetCounts} makes its
 * hit sets as searches of their own.)
 */
final class PartitionedSearcher extends IndexSearcher {

    private final int parts;

    PartitionedSearcher(IndexReader reader, Executor executor, int parts) {
        super(reader, executor);
        this.parts = parts;
    }

    /** How many parts each search is split into. */
    int parts() {
        return parts;
    }

    /** Lucene asks for the slices on first use, after construction, so {@link #parts} is set. */
    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        int maxDoc = leaves.stream().mapToInt(leaf -> leaf.reader().maxDoc()).sum();
        return slices(leaves, Math.max(1, (maxDoc + parts - 1) / parts), Integer.MAX_VALUE, true);
    }
}
