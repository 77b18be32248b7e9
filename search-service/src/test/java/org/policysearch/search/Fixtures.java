package org.policysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.index.IndexBuilder;
import org.policysearch.index.IndexLocation;
import org.policysearch.parse.Notice;
import org.policysearch.parse.ParsedFile;
import org.policysearch.task.TaskRecord;

/**
 * Hand-made documents and tasks for precise cases (markup in a title, a phrase across a sentence
 * end), indexed through the real builder into a test's temporary folder.
 */
final class Fixtures {

    static final String D1 = "fixture-2017";
    static final String D2 = "fixture-2020";

    private Fixtures() {
    }

    /** The fixture records, one "file" per document. */
    static List<ParsedFile> files() {
        Notice n1 = new Notice(D1, "关于印发重点任务分工的通知", "自治区人民政府办公厅", "宁政办发〔2017〕1号",
                LocalDate.of(2017, 3, 1), 2017, "宁夏", "fixture/2017.txt", "", 3);
        Notice n2 = new Notice(D2, "关于推进农业农村现代化的通知", "自治区人民政府", null,
                LocalDate.of(2020, 7, 22), 2020, "宁夏", "fixture/2020.txt", "", 2);
        List<TaskRecord> t1 = List.of(
                task(D1, 1, "加快民族地区发展。", "确保对民族地区转移支付比重继续增加，支持少数民族整村脱贫。",
                        List.of("自治区财政厅"), List.of("财政厅"), List.of("自治区发展改革委", "农牧厅"),
                        List.of("发展改革委", "农牧厅"), n1),
                task(D1, 2, "实施精准扶贫。", "坚持精准扶贫、精准脱贫，提高脱贫攻坚成效。",
                        List.of("自治区扶贫办"), List.of("扶贫办"), List.of("农牧厅"), List.of("农牧厅"), n1),
                task(D1, 3, "<script>alert(1)</script>推进工作。", "<b onmouseover=x>做好工作。作为重点</b> & 落实",
                        List.of(), List.of(), List.of(), List.of(), n1));
        List<TaskRecord> t2 = List.of(
                task(D2, 1, "发展现代农业。", "推动农业农村现代化，工作为先。",
                        List.of("自治区农业农村厅"), List.of("农业农村厅"), List.of("自治区财政厅"), List.of("财政厅"), n2),
                task(D2, 2, "巩固脱贫成果。", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接。",
                        List.of("自治区扶贫办"), List.of("扶贫办"), List.of("自治区农业农村厅"), List.of("农业农村厅"), n2));
        return List.of(
                new ParsedFile(n1.sourceFile(), List.of(n1), t1, List.of(), null, List.of()),
                new ParsedFile(n2.sourceFile(), List.of(n2), t2, List.of(), null, List.of()));
    }

    /** Builds the fixture index under {@code root} (an index location). */
    static IndexBuilder.Summary build(Path root) throws IOException {
        return build(root, files());
    }

    static IndexBuilder.Summary build(Path root, List<ParsedFile> files) throws IOException {
        IndexBuilder.Source source = new IndexBuilder.Source() {
            @Override
            public List<Path> files() {
                List<Path> paths = new ArrayList<>();
                for (ParsedFile file : files) {
                    paths.add(Path.of(file.sourceFile()));
                }
                return paths;
            }

            @Override
            public ParsedFile read(Path file) {
                return files.stream().filter(f -> Path.of(f.sourceFile()).equals(file)).findFirst().orElseThrow();
            }
        };
        return new IndexBuilder(AgencyRegistry.bundled(), 2, IndexBuilder.Listener.NONE)
                .build(source, new IndexLocation(root));
    }

    static TaskRecord task(String docId, int number, String title, String text,
                           List<String> lead, List<String> leadCanonical,
                           List<String> cooperating, List<String> cooperatingCanonical, Notice notice) {
        return new TaskRecord(TaskRecord.idOf(docId, number), docId, number, number + ".", "", title, text,
                lead, cooperating, List.of(), leadCanonical, cooperatingCanonical, List.of(),
                notice.title(), notice.issuer(), notice.docNumber(), notice.date(), notice.year(),
                notice.region(), notice.sourceFile());
    }

    /** A search for {@code q} with no filters, first page of 20, by relevance, unfolded. */
    static SearchRequest request(String q) {
        return new SearchRequest(q, List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                1, Limits.DEFAULT_SIZE, SearchRequest.Sort.RELEVANCE, false);
    }
}
