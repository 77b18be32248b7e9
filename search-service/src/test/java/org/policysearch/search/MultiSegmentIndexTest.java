package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.TaskDocuments;
import org.policysearch.parse.CorpusReader;
import org.policysearch.parse.Notice;
import org.policysearch.parse.ParsedFile;
import org.policysearch.search.LuceneSearchBackend.Caching;
import org.policysearch.task.TaskRecord;

/**
 * `policy-search index` writes one segment, but the backend opens any Lucene index folder: one of
 * many small segments answers exactly as the corpus build does. Facet columns map each segment's
 * doc ids and ordinals to the reader's, who-leads counts per segment, and a search split over
 * threads cuts across segments.
 */
class MultiSegmentIndexTest {

    /** Entries per segment: the corpus's 289 entries make eight segments. */
    private static final int SEGMENT_ENTRIES = 37;

    private static final List<SearchRequest> SEARCHES = List.of(
            request("", List.of(), List.of(), false),
            request("发展", List.of(), List.of(), false),
            request("扶贫", List.of(), List.of(2017), false),
            request("", List.of("宁夏回族自治区农业农村厅"), List.of(), true),
            request("lead:扶贫办 OR 产业", List.of(), List.of(), true));

    private static SearchRequest request(String q, List<String> lead, List<Integer> years, boolean fold) {
        return new SearchRequest(q, lead, List.of(), years, null, null, List.of(), List.of(), 1, 20,
                SearchRequest.Sort.RELEVANCE, fold);
    }

    @Test
    void manySmallSegmentsAnswerAsTheOneSegmentBuild(@TempDir Path dir) throws IOException {
        writeInSmallSegments(dir);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertEquals(8, reader.leaves().size());
        }
        try (LuceneSearchBackend segmented = LuceneSearchBackend.open(dir, Caching.OFF, new SearchThreads(3))) {
            for (SearchRequest search : SEARCHES) {
                SearchResult expected = CorpusIndexFixture.backend().search(search);
                SearchResult actual = segmented.search(search);
                assertEquals(expected.total(), actual.total(), search::toString);
                assertEquals(expected.facets(), actual.facets(), search::toString);
                assertEquals(expected.hits(), actual.hits(), search::toString);
                assertEquals(CorpusIndexFixture.backend().whoLeads(search), segmented.whoLeads(search),
                        search::toString);
            }
        }
    }

    private static void writeInSmallSegments(Path dir) throws IOException {
        AgencyRegistry registry = AgencyRegistry.bundled();
        TaskDocuments documents = new TaskDocuments(registry);
        CorpusReader corpus = new CorpusReader(registry);
        Path corpusDir = CorpusIndexFixture.corpusDir();
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE);
        try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            int entries = 0;
            for (Path file : corpus.files(corpusDir)) {
                ParsedFile parsed = corpus.read(corpusDir, file);
                for (Notice notice : parsed.notices()) {
                    writer.addDocument(documents.notice(notice));
                    entries = flushEvery(writer, entries + 1);
                }
                for (TaskRecord task : parsed.tasks()) {
                    writer.addDocument(documents.task(task));
                    entries = flushEvery(writer, entries + 1);
                }
            }
            writer.commit();
        }
    }

    private static int flushEvery(IndexWriter writer, int entries) throws IOException {
        if (entries % SEGMENT_ENTRIES == 0) {
            writer.flush();
        }
        return entries;
    }
}
