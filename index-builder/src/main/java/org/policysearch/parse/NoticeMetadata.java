package org.policysearch.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.text.TextFolding;

/**
 * What a document says about itself: title, issuer, 文号, date, year and region. Every rule
 * reads folded text (same offsets as the original) and returns original text.
 *
 * @param lines relative indexes of the lines that are metadata, not content
 */
public record NoticeMetadata(String title, String issuer, String docNumber, LocalDate date, Integer year,
                             String region, Set<Integer> lines) {

    /** 2023年3月2日 alone on a line: the date under the signature. */
    private static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");

    /** 宁夏回族自治区人民政府办公厅2020年7月22日(此件公开发布): a signature run into the text by a scrape. */
    private static final Pattern INLINE_SIGNATURE = Pattern.compile(
            "([\\u4e00-\\u9fff]{2,30}?(?:办公厅|人民政府|委员会|党委|办公室))(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*\\(此件");

    /** 发布日期:2020-07-28 · 来源:2020-06-23 内蒙古日报. */
    private static final Pattern PUBLISHED = Pattern.compile("(?:发布日期|来源|发文日期|成文日期)\\s*:\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** A title in its first line: up to the first 的通知/意见/方案… that is not inside 《》. */
    private static final Pattern TITLE = Pattern.compile(
            "^((?:《[^》]*》|[^《》。,:;])*?(?:关于|印发)(?:《[^》]*》|[^《》。,:;])*?(?:的通知|的意见|实施意见|实施方案|分工方案|工作方案|的决定|的办法|的规划))");

    /** 发改西部〔2017〕89号 cited in the text. */
    private static final Pattern CITED_NUMBER = Pattern.compile("\\[(\\d{4})\\]\\d{1,4}号");

    /** 2017年 in running text. */
    private static final Pattern YEAR_MENTION = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");

    /** The document a notice implements: 2017年自治区《政府工作报告》, 《西部大开发“十三五”规划》. */
    private static final Pattern CITED_TITLE = Pattern.compile("((?:\\d{4}年)?(?:自治区|省)?)(《[^》]{2,80}》)");

    /** Lines about the publication, not content: （此件公开发布）, 来源：2020-06-23 内蒙古日报 06 版. */
    private static final Pattern PUBLICATION_LINE = Pattern.compile("^(\\(此件[^)]*\\)|(发布日期|来源|发文日期|成文日期)\\s*:.*)$");

    /** A signature line names an organisation. */
    private static final Pattern ORGANISATION = Pattern.compile("(委员会|人民政府|办公厅|党委|办公室|厅|局|委)$");

    private static final int MAX_SIGNATURE_LINES = 2;
    private static final int MAX_SIGNATURE_LENGTH = 30;
    private static final int OPENING_LINES = 4;

    /**
     * @param lines  the document's lines
     * @param folded the lines joined with line feeds and folded (the caller needs it too)
     * @param offset the file line index of {@code lines.get(0)}
     */
    public static NoticeMetadata read(List<String> lines, String folded, DocumentSplitter.Span span, int offset) {
        Set<Integer> meta = new TreeSet<>();
        String docNumber = null;
        String title = null;
        if (span.docNumberLine() >= 0) {
            docNumber = lines.get(span.docNumberLine() - offset).strip();
            StringBuilder header = new StringBuilder();
            for (int i = span.headerStart(); i <= span.docNumberLine(); i++) {
                meta.add(i - offset);
                if (i < span.docNumberLine()) {
                    header.append(lines.get(i - offset).strip());
                }
            }
            title = header.isEmpty() ? null : withoutSpacesInTitles(header.toString());
        }
        String text = String.join("\n", lines);
        if (title == null) {
            title = titleLine(text, folded);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (PUBLICATION_LINE.matcher(TextFolding.fold(lines.get(i).strip())).matches()) {
                meta.add(i);
            }
        }
        String issuer = null;
        LocalDate date = null;
        for (int i = 0; i < lines.size() && date == null; i++) {
            Matcher m = DATE_LINE.matcher(TextFolding.fold(lines.get(i).strip()));
            if (m.matches() && (date = date(m.group(1), m.group(2), m.group(3))) != null) {
                meta.add(i);
                issuer = signature(lines, i, meta);
            }
        }
        Matcher inline = INLINE_SIGNATURE.matcher(folded);
        if (date == null && inline.find()) {
            date = date(inline.group(2), inline.group(3), inline.group(4));
            issuer = text.substring(inline.start(1), inline.end(1));
        }
        Matcher published = PUBLISHED.matcher(folded);
        if (date == null && published.find()) {
            date = date(published.group(1), published.group(2), published.group(3));
        }
        if (issuer == null && title != null) {
            int about = title.indexOf("关于");
            issuer = about > 1 ? title.substring(0, about) : null;
        }
        if (title == null) {
            title = synthesisedTitle(lines);
        }
        Integer year = date != null ? Integer.valueOf(date.getYear()) : year(docNumber, folded);
        return new NoticeMetadata(title, issuer, docNumber, date, year, Regions.of(folded), meta);
    }

    private static String titleLine(String text, String folded) {
        int first = 0;
        while (first < folded.length() && Character.isWhitespace(folded.charAt(first))) {
            first++;
        }
        Matcher m = TITLE.matcher(folded.substring(first));
        return m.find() ? text.substring(first, first + m.end(1)) : null;
    }

    /**
     * A notice with no title line still says what it implements in its opening sentence
     * (为认真贯彻落实…《西部大开发“十三五”规划》…特制定本方案): name it after that.
     */
    private static String synthesisedTitle(List<String> lines) {
        StringBuilder opening = new StringBuilder();
        for (int i = 0, taken = 0; i < lines.size() && taken < OPENING_LINES; i++) {
            if (!lines.get(i).isBlank()) {
                opening.append(lines.get(i).strip());
                taken++;
            }
        }
        String text = opening.toString();
        Matcher cited = CITED_TITLE.matcher(text);
        if (!cited.find()) {
            return null;
        }
        String kind = text.contains("实施意见") ? "实施意见" : text.contains("分工") ? "任务分工"
                : text.contains("方案") ? "方案" : "意见";
        return "关于落实" + cited.group(1) + cited.group(2) + "的" + kind;
    }

    private static String signature(List<String> lines, int dateLine, Set<Integer> meta) {
        StringBuilder issuer = new StringBuilder();
        for (int i = dateLine - 1, taken = 0; i >= 0 && taken < MAX_SIGNATURE_LINES; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > MAX_SIGNATURE_LENGTH || !ORGANISATION.matcher(line).find()) {
                break;
            }
            meta.add(i);
            issuer.insert(0, issuer.isEmpty() ? line : line + "、");
            taken++;
        }
        return issuer.isEmpty() ? null : issuer.toString();
    }

    /** Own 文号 year, else the latest year of a cited 文号, else the most mentioned year. */
    private static Integer year(String docNumber, String folded) {
        if (docNumber != null) {
            Matcher own = CITED_NUMBER.matcher(TextFolding.fold(docNumber));
            if (own.find()) {
                return Integer.valueOf(own.group(1));
            }
        }
        Integer latestCited = null;
        for (Matcher m = CITED_NUMBER.matcher(folded); m.find(); ) {
            int y = Integer.parseInt(m.group(1));
            latestCited = latestCited == null || y > latestCited ? Integer.valueOf(y) : latestCited;
        }
        if (latestCited != null) {
            return latestCited;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Integer best = null;
        for (Matcher m = YEAR_MENTION.matcher(folded); m.find(); ) {
            int y = Integer.parseInt(m.group(1));
            int n = counts.merge(y, 1, Integer::sum);
            if (best == null || n > counts.get(best) || n == counts.get(best) && y < best) {
                best = y;
            }
        }
        return best;
    }

    /** PDF text puts spaces where title lines wrapped: 乡村振兴 重点工作 inside 《》. */
    static String withoutSpacesInTitles(String title) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : title.toCharArray()) {
            depth += c == '《' ? 1 : c == '》' ? -1 : 0;
            if (!(depth > 0 && Character.isWhitespace(c))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
