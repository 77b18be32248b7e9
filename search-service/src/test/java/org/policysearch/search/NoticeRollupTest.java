package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.IndexSchema.Facet;
import org.policysearch.index.TaskDocuments;
import org.policysearch.search.LuceneSearchBackend.Caching;
import org.policysearch.task.TaskRecord;

/**
 * Year and region are counted from the notice counts only when the index shows every live task of
 * a notice holding the notice's value: on the corpus they are, and roll up to the counts of a
 * match-by-match count; a task whose year is not its notice's keeps the year counted per match
 * until that task is deleted. (DrillSidewaysReferenceTest checks the rolled-up counts of filtered
 * searches against Lucene's.)
 */
class NoticeRollupTest {

    private static final SearchRequest EVERYTHING = new SearchRequest("", List.of(), List.of(), List.of(), null,
            null, List.of(), List.of(), 1, 10, SearchRequest.Sort.RELEVANCE, false);

    @Test
    void corpusYearsAndRegionsRollUpToTheirPerMatchCounts() throws IOException {
        try (DirectoryReader reader = CorpusIndexFixture.openReader()) {
            FacetColumn notices = FacetColumn.load(reader, Facet.DOC).orElseThrow();
            int[] all = IntStream.range(0, reader.maxDoc()).toArray();
            int[] noticeCounts = new int[notices.size()];
            notices.add(all, all.length, noticeCounts);
            for (Facet facet : List.of(Facet.YEAR, Facet.REGION)) {
                FacetColumn column = FacetColumn.load(reader, facet).orElseThrow();
                int[] perMatch = new int[column.size()];
                column.add(all, all.length, perMatch);
                int[] rolledUp = new int[column.size()];
                NoticeRollup.of(reader, notices, column).orElseThrow().addTo(noticeCounts, rolledUp);
                assertArrayEquals(perMatch, rolledUp, facet::toString);
                long values = IntStream.range(0, reader.maxDoc()).map(column::ordinalOf)
                        .filter(ordinal -> ordinal != Ordinals.NONE).distinct().count();
                assertEquals(values, IntStream.of(rolledUp).filter(count -> count > 0).count(), facet::toString);
            }
        }
    }

    @Test
    void aTaskWithAnotherYearThanItsNoticeKeepsYearsCountedPerMatch(@TempDir Path dir) throws IOException {
        List<TaskRecord> tasks = CorpusIndexFixture.tasks();
        TaskRecord odd = withYear(tasks.get(0), tasks.get(0).year() + 1);
        TaskDocuments documents = new TaskDocuments(AgencyRegistry.bundled());
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.analyzer()))) {
            for (TaskRecord task : tasks) {
                writer.addDocument(documents.task(task == tasks.get(0) ? odd : task));
            }
            writer.commit();
            assertEquals(List.of(Facet.REGION), rolledUp(directory));
            try (LuceneSearchBackend backend = LuceneSearchBackend.open(dir, Caching.OFF)) {
                assertEquals(yearCounts(tasks.stream().map(t -> t == tasks.get(0) ? odd : t).toList()),
                        yearCounts(backend.search(EVERYTHING)));
            }

            writer.deleteDocuments(TaskDocuments.idTerm(odd.taskId()));
            writer.commit();
            assertEquals(List.of(Facet.YEAR, Facet.REGION), rolledUp(directory));
            try (LuceneSearchBackend backend = LuceneSearchBackend.open(dir, Caching.OFF)) {
                assertEquals(yearCounts(tasks.subList(1, tasks.size())), yearCounts(backend.search(EVERYTHING)));
            }
        }
    }

    private static List<Facet> rolledUp(FSDirectory directory) throws IOException {
        try (IndexReader reader = DirectoryReader.open(directory)) {
            FacetColumn notices = FacetColumn.load(reader, Facet.DOC).orElseThrow();
            List<Facet> rolledUp = new ArrayList<>();
            for (Facet facet : List.of(Facet.YEAR, Facet.REGION)) {
                if (NoticeRollup.of(reader, notices, FacetColumn.load(reader, facet).orElseThrow()).isPresent()) {
                    rolledUp.add(facet);
                }
            }
            return rolledUp;
        }
    }

    private static Map<String, Long> yearCounts(List<TaskRecord> tasks) {
        return tasks.stream().collect(Collectors.groupingBy(t -> t.year().toString(), TreeMap::new,
                Collectors.counting()));
    }

    private static Map<String, Long> yearCounts(SearchResult result) {
        return result.facets().get(Facet.YEAR.dim()).stream()
                .collect(Collectors.toMap(FacetValue::value, FacetValue::count, Long::sum, TreeMap::new));
    }

    private static TaskRecord withYear(TaskRecord t, int year) {
        return new TaskRecord(t.taskId(), t.docId(), t.taskNumber(), t.taskLabel(), t.section(), t.title(), t.text(),
                t.leadAgencies(), t.cooperatingAgencies(), t.implementingAgencies(), t.leadCanonical(),
                t.cooperatingCanonical(), t.implementingCanonical(), t.docTitle(), t.issuer(), t.docNumber(),
                t.date(), year, t.region(), t.sourceFile());
    }
}
