package org.policysearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policysearch.task.TaskRecord;

/** Whole-corpus expectations; every value was checked by reading the notice. */
class SeedCorpusTest {

    private static Map<String, Notice> notices;
    private static Map<String, TaskRecord> tasks;

    @BeforeAll
    static void parse() throws Exception {
        List<ParsedFile> files = SeedCorpus.parsed();
        notices = files.stream().flatMap(f -> f.notices().stream())
                .collect(Collectors.toMap(Notice::docId, Function.identity()));
        tasks = files.stream().flatMap(f -> f.tasks().stream())
                .collect(Collectors.toMap(TaskRecord::taskId, Function.identity()));
    }

    @Test
    void everyFileIsReadAndEveryAgencyIsKnown() throws Exception {
        for (ParsedFile file : SeedCorpus.parsed()) {
            assertEquals(null, file.skipped(), file.sourceFile());
            assertEquals(List.of(), file.unknownAgencies(), file.sourceFile());
        }
    }

    /** docId | tasks | first number | last number | title | 文号 | date | year | region. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            000_853e25e58f4ef803   | 39  | 1 | 39  | 关于落实《西部大开发“十三五”规划》的任务分工 | - | - | 2017 | 宁夏
            001_ae025d225717f58c   | 47  | 1 | 49  | 自治区人民政府办公厅关于印发《自治区人民政府落实自治区党委〈关于深入学习贯彻习近平总书记视察宁夏重要讲话精神继续建设经济繁荣民族团结环境优美人民富裕的美丽新宁夏的决定〉分工方案》的通知 | - | 2020-07-22 | 2020 | 宁夏
            002_2da70cd6da6af075-1 | 34  | 1 | 34  | 自治区党委 人民政府印发《关于做好2023年全面推进乡村振兴重点工作的实施意见》的通知 | 宁党发〔2023〕1号 | 2023-03-02 | 2023 | 宁夏
            002_2da70cd6da6af075-2 | 33  | 1 | 33  | 自治区人民政府办公厅关于深入推进新型工业强区五年计划的实施意见 | 宁政办发〔2023〕13号 | 2023-03-24 | 2023 | 宁夏
            003_da479d43fed241eb   | 107 | 1 | 107 | 关于落实2017年自治区《政府工作报告》的任务分工 | - | - | 2017 | 宁夏
            004_236636c766a7cbd7   | 23  | 1 | 23  | 关于落实《中共中央、国务院关于新时代推进西部大开发形成新格局的指导意见》的实施意见 | - | 2020-06-23 | 2020 | 内蒙古
            """)
    void documents(String docId, int taskCount, int first, int last, String title, String docNumber,
                   LocalDate date, int year, String region) {
        Notice notice = notices.get(docId);
        assertEquals(taskCount, notice.taskCount());
        List<Integer> numbers = tasks.values().stream().filter(t -> t.docId().equals(docId))
                .map(TaskRecord::taskNumber).sorted().toList();
        assertEquals(taskCount, numbers.size());
        assertEquals(first, numbers.get(0));
        assertEquals(last, numbers.get(numbers.size() - 1));
        assertEquals(title, notice.title());
        assertEquals(docNumber, notice.docNumber());
        assertEquals(date, notice.date());
        assertEquals(year, notice.year());
        assertEquals(region, notice.region());
    }

    @Test
    void workReportTasksAreNumberedOneTo107() {
        List<Integer> numbers = tasks.values().stream().filter(t -> t.docId().equals("003_da479d43fed241eb"))
                .map(TaskRecord::taskNumber).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, 107).boxed().toList(), numbers);
        assertEquals("（一0一）", tasks.get("003_da479d43fed241eb#101").taskLabel());
    }

    @Test
    void scrapedNoticeHasEachTaskNumberOnce() {
        List<Integer> numbers = tasks.values().stream().filter(t -> t.docId().equals("001_ae025d225717f58c"))
                .map(TaskRecord::taskNumber).toList();
        assertEquals(numbers.size(), numbers.stream().distinct().count());
        // Neither heading 19 nor 36 is in the file, and the headings after them (20, 37), whose
        // preceding clause would name them, are missing too: nothing is known of those two tasks.
        assertEquals(List.of(19, 36), IntStream.rangeClosed(1, 49).boxed().filter(n -> !numbers.contains(n)).toList());
        // Heading 20 is missing, but the clause before heading 21 names its agencies.
        TaskRecord headless = tasks.get("001_ae025d225717f58c#20");
        assertEquals("", headless.title());
        assertEquals(List.of("自治区扶贫办"), headless.leadAgencies());
    }

    @Test
    void documentsWithoutAgenciesHaveNone() {
        for (String docId : List.of("004_236636c766a7cbd7", "002_2da70cd6da6af075-1")) {
            assertTrue(tasks.values().stream().filter(t -> t.docId().equals(docId))
                    .allMatch(t -> t.leadAgencies().isEmpty() && t.cooperatingAgencies().isEmpty()
                            && t.implementingAgencies().isEmpty()), docId);
        }
    }

    /** taskId | lead agencies as written (" / "-separated) | canonical of the first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            000_853e25e58f4ef803#1    | 自治区财政厅 | 宁夏回族自治区财政厅
            000_853e25e58f4ef803#3    | 自治区扶贫办 | 宁夏回族自治区扶贫办
            000_853e25e58f4ef803#4    | 自治区教育厅 | 宁夏回族自治区教育厅
            000_853e25e58f4ef803#7    | 自治区发展改革委 | 宁夏回族自治区发展改革委
            000_853e25e58f4ef803#10   | 自治区科技厅 | 宁夏回族自治区科技厅
            000_853e25e58f4ef803#15   | 自治区发展改革委 | 宁夏回族自治区发展改革委
            000_853e25e58f4ef803#20   | 各有关市、县（区）人民政府 | 宁夏有关市、县（区）人民政府
            000_853e25e58f4ef803#25   | 自治区发展改革委 | 宁夏回族自治区发展改革委
            000_853e25e58f4ef803#30   | 自治区政府应急办 | 宁夏回族自治区应急办
            000_853e25e58f4ef803#39   | 自治区农牧厅 | 宁夏回族自治区农牧厅
            001_ae025d225717f58c#1    | 自治区发展改革委 | 宁夏回族自治区发展改革委
            001_ae025d225717f58c#2    | 自治区发展改革委 | 宁夏回族自治区发展改革委
            001_ae025d225717f58c#4    | 自治区发展改革委 | 宁夏回族自治区发展改革委
            001_ae025d225717f58c#5    | 自治区商务厅 | 宁夏回族自治区商务厅
            001_ae025d225717f58c#8    | 自治区农业农村厅 | 宁夏回族自治区农业农村厅
            001_ae025d225717f58c#13   | 自治区发展改革委 | 宁夏回族自治区发展改革委
            001_ae025d225717f58c#15   | 自治区发展改革委 | 宁夏回族自治区发展改革委
            001_ae025d225717f58c#20   | 自治区扶贫办 | 宁夏回族自治区扶贫办
            001_ae025d225717f58c#30   | 自治区生态环境厅 | 宁夏回族自治区生态环境厅
            001_ae025d225717f58c#48   | 自治区政府各部门〔单位〕 | 宁夏回族自治区政府各部门〔单位〕
            002_2da70cd6da6af075-2#1  | 自治区工业和信息化厅 | 宁夏回族自治区工业和信息化厅
            002_2da70cd6da6af075-2#2  | 自治区发展改革委 | 宁夏回族自治区发展改革委
            002_2da70cd6da6af075-2#7  | 自治区科技厅 | 宁夏回族自治区科技厅
            002_2da70cd6da6af075-2#13 | 自治区农业农村厅 | 宁夏回族自治区农业农村厅
            002_2da70cd6da6af075-2#21 | 自治区工业和信息化厅 | 宁夏回族自治区工业和信息化厅
            002_2da70cd6da6af075-2#26 | 自治区市场监管厅 | 宁夏回族自治区市场监管厅
            002_2da70cd6da6af075-2#27 | 自治区国资委 | 宁夏回族自治区国资委
            002_2da70cd6da6af075-2#30 | 自治区自然资源厅 | 宁夏回族自治区自然资源厅
            002_2da70cd6da6af075-2#31 | 自治区党委人才办 | 宁夏回族自治区党委人才办
            002_2da70cd6da6af075-2#33 | 各负有安全监管职责的部门 | 宁夏各负有安全监管职责的部门
            003_da479d43fed241eb#1    | 自治区经济和信息化委 / 自治区发展改革委 | 宁夏回族自治区经济和信息化委
            003_da479d43fed241eb#9    | 自治区农牧厅 / 自治区财政厅 | 宁夏回族自治区农牧厅
            003_da479d43fed241eb#20   | 自治区发展改革委 | 宁夏回族自治区发展改革委
            003_da479d43fed241eb#33   | 自治区扶贫办 / 自治区经济和信息化委 | 宁夏回族自治区扶贫办
            003_da479d43fed241eb#39   | 自治区扶贫办 | 宁夏回族自治区扶贫办
            003_da479d43fed241eb#64   | 自治区编办 / 自治区政府法制办 / 自治区发展改革委 / 自治区政务服务中心 / 自治区信息化建设办 | 宁夏回族自治区编办
            003_da479d43fed241eb#84   | 自治区人民政府办公厅 / 自治区财政厅 / 自治区教育厅 / 自治区住房城乡建设厅 / 自治区交通运输厅 / 自治区卫生计生委 / 自治区文化厅 / 自治区民政厅 / 自治区人力资源社会保障厅 / 自治区体育局 / 自治区残联 | 宁夏回族自治区人民政府办公厅
            003_da479d43fed241eb#100  | 自治区民委 | 宁夏回族自治区民委
            003_da479d43fed241eb#106  | 自治区人民政府办公厅 / 各市、县（区）人民政府 | 宁夏回族自治区人民政府办公厅
            003_da479d43fed241eb#107  | 自治区监察厅 / 自治区审计厅 | 宁夏回族自治区监察厅
            """)
    void leadAgencies(String taskId, String leads, String firstCanonical) {
        TaskRecord task = tasks.get(taskId);
        assertEquals(Arrays.stream(leads.split("/")).map(String::strip).toList(), task.leadAgencies());
        assertEquals(firstCanonical, task.leadCanonical().get(0));
    }

    /** 003 (一0六): lead, cooperating and implementing units in one clause. */
    @Test
    void allThreeRoles() {
        TaskRecord task = tasks.get("003_da479d43fed241eb#106");
        assertEquals(List.of("自治区监察厅", "自治区财政厅", "自治区审计厅"), task.cooperatingAgencies());
        assertEquals(List.of("区直各部门（单位）"), task.implementingAgencies());
        assertEquals("九、努力建设人民满意政府", task.section());
        assertEquals("厉行勤俭节约，反对铺张浪费，政府带头过紧日子，带头压缩一般性支出", task.title());
    }

    @Test
    void sectionsTitlesAndTextWithoutTheClause() {
        TaskRecord first = tasks.get("000_853e25e58f4ef803#1");
        assertEquals("二、重点任务及分工 / （一）重大政策", first.section());
        assertEquals("加快民族地区发展，提高民族地区发展水平", first.title());
        assertEquals("确保对民族地区转移支付比重继续增加，支持少数民族整村脱贫。", first.text());
        TaskRecord heading = tasks.get("004_236636c766a7cbd7#23");
        assertEquals("(二十三)", heading.taskLabel());
        assertEquals("防范化解重大风险", heading.title());
        assertEquals("规范地方金融机构经营行为，加大不良贷款处置力度。依法严厉打击违法违规互联网金融、非法集资案件，改善金融生态。",
                heading.text());
    }

    /** 002: PDF lines joined across blank lines and page breaks; the cut label read as 责任单位. */
    @Test
    void pdfTextIsJoined() {
        TaskRecord task = tasks.get("002_2da70cd6da6af075-1#3");
        assertEquals("构建多元化食物供给体系", task.title());
        assertTrue(task.text().startsWith("牢固树立大农业观、大食物观，构建粮经饲统筹"), task.text());
        TaskRecord energy = tasks.get("002_2da70cd6da6af075-2#2");
        assertEquals(List.of("自治区清洁能源产业高质量发展包抓机制成员单位"), energy.cooperatingAgencies());
        assertTrue(energy.text().endsWith("打造绿色能源产业基地。"), energy.text());
        TaskRecord last = tasks.get("002_2da70cd6da6af075-2#30");
        assertEquals(List.of("自治区交通运输厅", "自治区商务厅", "自治区发展改革委", "自治区人力资源社会保障厅"),
                last.cooperatingAgencies());
    }

    /** No paragraph of a document is indexed twice. */
    @Test
    void noParagraphTwice() {
        for (TaskRecord task : tasks.values()) {
            List<String> paragraphs = Arrays.stream(task.text().split("\n")).filter(p -> p.length() >= 12).toList();
            assertEquals(paragraphs.size(), paragraphs.stream().distinct().count(), task.taskId());
        }
        Map<String, Long> sentences = tasks.values().stream()
                .filter(t -> t.docId().startsWith("001"))
                .map(TaskRecord::title).filter(t -> !t.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertTrue(sentences.values().stream().allMatch(n -> n == 1), sentences.toString());
    }
}
