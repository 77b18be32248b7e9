package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.IndexLocation;
import org.policysearch.index.IndexSchema;
import org.policysearch.parse.Notice;
import org.policysearch.parse.ParsedFile;
import org.policysearch.task.TaskRecord;

/**
 * {@link TaskOrder} orders entries exactly as Lucene's own sorts on document id (string) and task
 * number (long) do: over every entry of the corpus index (document entries, which have no number,
 * among them), on one thread and split over two, page after page as export reads them, and for
 * tasks indexed neither in document id nor in number order (as a notice's task list reads them too).
 */
class TaskOrderTest {

    /** Lucene's sorts that {@link TaskOrder} stands in for. */
    private static final SortField[] LUCENES_ORDER = {new SortField(IndexSchema.DOC_ID, SortField.Type.STRING),
            new SortField(IndexSchema.TASK_NUMBER, SortField.Type.LONG)};

    /** By relevance, ties in Lucene's order: the reference a search's first hits are compared with. */
    static final Sort LUCENES_ORDER_BY_SCORE = new Sort(SortField.FIELD_SCORE, LUCENES_ORDER[0], LUCENES_ORDER[1]);

    @Test
    void ordersTheCorpusAsLucenesSortsDo() throws IOException {
        try (DirectoryReader reader = CorpusIndexFixture.openReader()) {
            TaskOrder order = TaskOrder.load(reader);
            List<Integer> expected = everyEntry(new IndexSearcher(reader), new Sort(LUCENES_ORDER));
            assertNotEquals(IntStream.range(0, reader.maxDoc()).boxed().toList(), expected,
                    "the corpus is indexed in another order than document id and number");
            assertEquals(expected, everyEntry(new IndexSearcher(reader), order.sort()));
            try (SearchThreads threads = new SearchThreads(2)) {
                assertEquals(expected, everyEntry(threads.searcher(reader), order.sort()));
            }
        }
    }

    @Test
    void pagesReadOneAfterAnotherFollowOn() throws IOException {
        try (DirectoryReader reader = CorpusIndexFixture.openReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Sort sort = TaskOrder.load(reader).sort();
            List<Integer> paged = new ArrayList<>();
            FieldDoc after = null;
            for (TopFieldDocs page = searcher.searchAfter(null, new MatchAllDocsQuery(), 97, sort, false);
                 page.scoreDocs.length > 0;
                 page = searcher.searchAfter(after, new MatchAllDocsQuery(), 97, sort, false)) {
                Arrays.stream(page.scoreDocs).forEach(hit -> paged.add(hit.doc));
                after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
            }
            assertEquals(everyEntry(searcher, new Sort(LUCENES_ORDER)), paged);
        }
    }

    /** Document ids and numbers whose string order is not their order as numbers: 10 before 2 as text. */
    @Test
    void ordersByDocumentIdThenNumberWhateverTheOrderTasksWereIndexedIn(@TempDir Path root) throws IOException {
        List<Notice> notices = new ArrayList<>();
        List<TaskRecord> tasks = new ArrayList<>();
        for (String docId : List.of("notice-b", "notice-a")) {
            Notice notice = new Notice(docId, "关于印发任务分工的通知", "自治区人民政府", null, LocalDate.of(2021, 1, 4),
                    2021, "宁夏", "fixture/" + docId + ".txt", "", 0);
            notices.add(notice);
            for (int number : List.of(10, 2, 33)) {
                tasks.add(Fixtures.task(docId, number, "加强管理。", "做好日常管理工作。", List.of(), List.of(), List.of(),
                        List.of(), notice));
            }
        }
        Fixtures.build(root, List.of(new ParsedFile("fixture/notices.txt", notices, tasks, List.of(), null, List.of())));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(
                new IndexLocation(root).currentIndex().orElseThrow()))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> expected = new ArrayList<>();
            for (String docId : List.of("notice-a", "notice-b")) {
                for (int number : List.of(2, 10, 33)) {
                    expected.add(TaskRecord.idOf(docId, number));
                }
            }
            assertNotEquals(expected, taskIds(reader, IntStream.range(0, reader.maxDoc()).boxed().toList()),
                    "the tasks are indexed out of order");
            assertEquals(expected, taskIds(reader, everyEntry(searcher, new Sort(LUCENES_ORDER))));
            assertEquals(expected, taskIds(reader, everyEntry(searcher, TaskOrder.load(reader).sort())));
            try (LuceneSearchBackend backend = LuceneSearchBackend.open(root)) {
                assertEquals(expected.subList(0, 3),
                        backend.tasksOf("notice-a").stream().map(TaskRecord::taskId).toList(),
                        "a notice's tasks in number order");
            }
        }
    }

    private static List<Integer> everyEntry(IndexSearcher searcher, Sort sort) throws IOException {
        int all = searcher.getIndexReader().maxDoc();
        ScoreDoc[] hits = searcher.search(new MatchAllDocsQuery(), all, sort).scoreDocs;
        return Arrays.stream(hits).map(hit -> hit.doc).toList();
    }

    /** The ids of the tasks (the entries with a number) among {@code docs}, in their order. */
    private static List<String> taskIds(IndexReader reader, List<Integer> docs) throws IOException {
        StoredFields stored = reader.storedFields();
        List<String> ids = new ArrayList<>();
        for (int doc : docs) {
            Document entry = stored.document(doc);
            if (entry.getField(IndexSchema.TASK_NUMBER) != null) {
                ids.add(entry.get(IndexSchema.ID));
            }
        }
        return ids;
    }
}
