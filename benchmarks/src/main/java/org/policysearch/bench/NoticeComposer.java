package org.policysearch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.policysearch.parse.Marker;
import org.policysearch.text.TextFolding;

/**
 * Writes one corpus file of a given family, the way the seed notices are written, and records
 * what it holds. Task numbers run on across sections, so each is unique within its document.
 */
final class NoticeComposer {

    /** The shapes of the seed corpus (see corpus/NOTES.md). */
    enum Family {
        /** 分工方案: {@code 1.标题。…（牵头单位：…；配合单位：…）} (000). */
        DIVISION,
        /** 政府工作报告 task list: {@code （一0七）…（X、Y分别牵头落实，Z配合落实）} (003). */
        REPORT,
        /** {@code N.标题。…（责任单位：…）}, the first unit leading (001). */
        DUTY,
        /** A gazette issue: cover, contents, several documents, PDF line breaks, {@code (责任单位:…)} (002). */
        GAZETTE,
        /** 实施意见 with {@code (一)} items under headings and no agencies (004). */
        OPINIONS
    }

    static final int FIRST_YEAR = 2003;
    static final int LAST_YEAR = 2024;
    private static final String INDENT = "　　";
    private static final String ADDRESSEES = "各市、县（区）人民政府，自治区政府各部门、各直属机构：";

    private final SeedText seed;
    private final AgencyPool agencies;

    NoticeComposer(SeedText seed, AgencyPool agencies) {
        this.seed = seed;
        this.agencies = agencies;
    }

    GeneratedFile compose(String name, Family family, SplittableRandom random) {
        int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        StringBuilder out = new StringBuilder(16 * 1024);
        List<ExpectedDocument> docs = new ArrayList<>();
        switch (family) {
            case GAZETTE -> gazette(out, docs, year, random);
            case OPINIONS -> docs.add(opinions(out, year, random));
            default -> docs.add(notice(out, family, year, false, random));
        }
        return new GeneratedFile(name, out.toString(), docs);
    }

    /** A notice of the DIVISION, REPORT or DUTY family, or a gazette document. */
    private ExpectedDocument notice(StringBuilder out, Family family, int year, boolean pdf, SplittableRandom random) {
        LocalDate date = dateIn(year, random);
        String docNumber = docNumber(family == Family.REPORT ? "宁政办发" : "宁政发", year, random);
        String title = switch (family) {
            case REPORT -> year + "年自治区《政府工作报告》确定的主要任务分工";
            case DIVISION -> seed.heading(random) + "分工方案";
            default -> "关于" + seed.heading(random) + "的实施意见";
        };
        String issuer = "宁夏回族自治区人民政府办公厅";
        if (pdf) {
            // A gazette prints the document itself: title, 文号, addressees; issuer and date at the end.
            out.append("自治区人民政府办公厅\n\n").append(title).append("\n\n").append(docNumber).append("\n\n");
            out.append(ADDRESSEES).append("\n\n");
            paragraph(out, 2 + random.nextInt(3), true, random);
        } else {
            // A notice as published: the cover letter, issuer and date, then the attached plan.
            out.append("自治区人民政府办公厅关于印发《").append(title).append("》的通知\n");
            out.append(docNumber).append('\n').append(ADDRESSEES).append('\n');
            paragraph(out, 2 + random.nextInt(3), false, random);
            out.append(issuer).append('\n').append(dateLine(date)).append("\n（此件公开发布）\n");
            out.append(title).append('\n');
            paragraph(out, 2 + random.nextInt(4), false, random);
        }

        boolean halfWidth = pdf && random.nextBoolean();
        boolean agencyFree = pdf && random.nextInt(4) == 0;
        int taskCount = family == Family.REPORT ? 30 + random.nextInt(90) : 8 + random.nextInt(40);
        int sections = 2 + random.nextInt(5);
        List<ExpectedTask> tasks = new ArrayList<>(taskCount);
        int number = 1;
        for (int s = 1; s <= sections; s++) {
            out.append(INDENT).append(ChineseNumerals.of(s)).append('、').append(seed.heading(random)).append('\n');
            int inSection = s == sections ? taskCount - number + 1 : Math.min(taskCount - number + 1, 1 + random.nextInt(2 * taskCount / sections + 1));
            for (int i = 0; i < inSection; i++, number++) {
                out.append(pdf ? "" : INDENT).append(label(family, number));
                if (family != Family.REPORT) {
                    out.append(seed.heading(random)).append('。');
                }
                sentences(out, 1 + random.nextInt(5), pdf, random);
                tasks.add(agencyFree
                        ? new ExpectedTask(number, List.of(), List.of(), List.of())
                        : agencyClause(out, family, halfWidth, year, number, random));
                out.append('\n');
                if (pdf) {
                    out.append('\n');
                }
            }
        }
        if (pdf) {
            out.append(issuer).append("\n\n").append(dateLine(date)).append("\n\n（此件公开发布）\n\n");
        }
        return new ExpectedDocument(docNumber, date, "宁夏", tasks);
    }

    private static String label(Family family, int number) {
        return family == Family.REPORT ? "（" + ChineseNumerals.of(number) + "）" : number + ".";
    }

    /** Appends the clause that names the task's agencies, in the family's form, and returns the task. */
    private ExpectedTask agencyClause(StringBuilder out, Family family, boolean halfWidth, int year, int number,
                                      SplittableRandom random) {
        List<String> depts = agencies.departments(year, 1 + random.nextInt(5), random);
        String local = agencies.localUnit(random);
        List<String> lead = new ArrayList<>();
        List<String> cooperating = new ArrayList<>();
        List<String> implementing = new ArrayList<>();
        switch (family) {
            case DIVISION -> {
                lead.add(AgencyPool.PREFIX + depts.get(0));
                out.append("（牵头单位：").append(AgencyPool.PREFIX).append(depts.get(0));
                if (depts.size() > 1 || random.nextBoolean()) {
                    out.append(random.nextInt(20) == 0 ? "，" : "；").append("配合单位：");
                    run(out, depts.subList(1, depts.size()), cooperating);
                    if (depts.size() > 1) {
                        out.append('，');
                    }
                    out.append(local);
                    cooperating.add(local);
                }
                out.append('）');
            }
            case REPORT -> {
                int form = random.nextInt(10);
                out.append('（');
                if (form == 0) {
                    out.append(local).append("分别落实");
                    implementing.add(local);
                } else {
                    int leads = Math.min(depts.size(), 1 + random.nextInt(2));
                    run(out, depts.subList(0, leads), lead);
                    out.append(leads > 1 ? "分别牵头落实" : "牵头落实");
                    if (depts.size() > leads) {
                        out.append('，');
                        run(out, depts.subList(leads, depts.size()), cooperating);
                        out.append("配合落实");
                    }
                    if (form < 7) {
                        out.append('，').append(local).append("分别落实");
                        implementing.add(local);
                    }
                }
                out.append('）');
            }
            default -> {
                out.append(halfWidth ? "(责任单位:" : "（责任单位：");
                List<String> all = new ArrayList<>();
                run(out, depts, all);
                if (random.nextBoolean()) {
                    out.append('，').append(local);
                    all.add(local);
                }
                lead.add(all.get(0));
                cooperating.addAll(all.subList(1, all.size()));
                out.append(halfWidth ? ')' : '）');
            }
        }
        return new ExpectedTask(number, lead, cooperating, implementing);
    }

    /** A run sharing the 自治区 prefix: 自治区财政厅、发展改革委; adds the expanded names. */
    private static void run(StringBuilder out, List<String> depts, List<String> expanded) {
        for (int i = 0; i < depts.size(); i++) {
            out.append(i == 0 ? AgencyPool.PREFIX : "、").append(depts.get(i));
            expanded.add(AgencyPool.PREFIX + depts.get(i));
        }
    }

    /** A gazette issue: cover and contents, then two to four documents. */
    private void gazette(StringBuilder out, List<ExpectedDocument> docs, int year, SplittableRandom random) {
        int issue = 1 + random.nextInt(24);
        out.append("\n\n宁夏回族自治区\n人民政府公报\n\n(半月刊)\n\n").append(year).append("年第").append(issue)
                .append("期\n\n(总第").append(300 + (year - FIRST_YEAR) * 24 + issue).append("期)\n\n")
                .append(dateLine(LocalDate.of(year, 12, 28))).append("出版\n\n目 录\n\n");
        StringBuilder body = new StringBuilder(64 * 1024);
        int count = 2 + random.nextInt(3);
        int page = 3;
        for (int d = 0; d < count; d++) {
            int start = body.length();
            Family family = random.nextBoolean() ? Family.DUTY : Family.DIVISION;
            ExpectedDocument doc = notice(body, family, year, true, random);
            docs.add(doc);
            int titleStart = body.indexOf("\n\n", start) + 2;
            String title = body.substring(titleStart, body.indexOf("\n", titleStart));
            out.append("【自治区人民政府办公厅文件】\n\n").append(title).append("\n\n(").append(doc.docNumber())
                    .append(")..... (").append(page).append(")\n\n");
            page += 4 + random.nextInt(10);
        }
        out.append("主管:宁夏回族自治区人民政府办公厅\n\n主办:宁夏回族自治区人民政府办公厅\n\n");
        out.append(body);
    }

    /** Inner Mongolia's implementing opinions: {@code (一)} items with a heading line, no agencies. */
    private ExpectedDocument opinions(StringBuilder out, int year, SplittableRandom random) {
        LocalDate date = dateIn(year, random);
        String docNumber = docNumber("内政发", year, random);
        out.append("内蒙古自治区人民政府关于").append(seed.heading(random)).append("的实施意见\n")
                .append(docNumber).append("\n\n");
        paragraph(out, 2, false, random);
        List<ExpectedTask> tasks = new ArrayList<>();
        int number = 1;
        int sections = 2 + random.nextInt(4);
        for (int s = 1; s <= sections; s++) {
            out.append('\n').append(ChineseNumerals.of(s)).append('、').append(seed.heading(random)).append("\n\n");
            int items = 2 + random.nextInt(6);
            for (int i = 0; i < items; i++, number++) {
                out.append(random.nextBoolean() ? "(" : "（").append(ChineseNumerals.of(number))
                        .append(random.nextBoolean() ? ") " : "）").append(seed.heading(random)).append("\n\n");
                sentences(out, 3 + random.nextInt(6), false, random);
                out.append("\n\n");
                tasks.add(new ExpectedTask(number, List.of(), List.of(), List.of()));
            }
        }
        out.append("\n内蒙古自治区人民政府\n").append(dateLine(date)).append('\n');
        return new ExpectedDocument(docNumber, date, "内蒙古", tasks);
    }

    private void paragraph(StringBuilder out, int sentences, boolean pdf, SplittableRandom random) {
        out.append(pdf ? "" : INDENT);
        sentences(out, sentences, pdf, random);
        out.append('\n');
    }

    /**
     * Sentences; PDF text breaks its lines every 18 to 24 characters, mid-sentence, but never where
     * the parser would read the new line as an item label (奇虎3 / 60、中国移动…).
     */
    private void sentences(StringBuilder out, int n, boolean pdf, SplittableRandom random) {
        int start = out.length();
        for (int i = 0; i < n; i++) {
            seed.appendSentence(out, random);
        }
        if (pdf) {
            int width = 18 + random.nextInt(7);
            for (int at = out.length() - width; at > start; at -= width) {
                int cut = at;
                while (cut > start + 1 && startsWithLabel(out, cut, width)) {
                    cut--;
                }
                out.insert(cut, '\n');
            }
        }
    }

    private static boolean startsWithLabel(CharSequence text, int from, int width) {
        String line = text.subSequence(from, Math.min(text.length(), from + width)).toString();
        return Marker.at(line, TextFolding.fold(line)) != null;
    }

    private static LocalDate dateIn(int year, SplittableRandom random) {
        return LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static String dateLine(LocalDate date) {
        return String.format(Locale.ROOT, "%d年%d月%d日", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static String docNumber(String prefix, int year, SplittableRandom random) {
        return prefix + "〔" + year + "〕" + (1 + random.nextInt(150)) + "号";
    }
}
