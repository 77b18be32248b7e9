package org.policysearch.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.task.Role;
import org.policysearch.text.TextFolding;

/**
 * The bracketed clause that names who does a task, and the agencies it names by role.
 *
 * @param start     where the clause begins in the item text (its opening bracket)
 * @param end       where it ends (after its closing bracket, or the end of the text if cut off)
 * @param agencies  units as written by role, shared prefix not yet expanded
 * @param cutOff    the clause has no closing bracket: the text ended inside it
 */
public record AgencyClause(int start, int end, Map<Role, List<String>> agencies, boolean cutOff) {

    /**
     * Labelled lists: {@code （牵头单位：自治区财政厅；配合单位：自治区发展改革委…）},
     * {@code (责任单位:自治区工业和信息化厅,…)}.
     */
    private static final Pattern LABEL = Pattern.compile("(牵头单位|配合单位|责任单位|协办单位|主办单位|责任部门|牵头部门|配合部门)\\s*:");

    /**
     * Verb forms: {@code （自治区经济和信息化委、发展改革委分别牵头落实，各市、县（区）人民政府分别落实）},
     * {@code X牵头，Y配合}. Longest first, so 分别牵头落实 is not read as 落实.
     */
    private static final Pattern VERB = Pattern.compile(
            "(分别牵头落实|共同牵头落实|牵头落实|牵头负责|牵头|分别配合落实|配合落实|共同落实|配合|参与|协助|分别落实|具体落实|分别负责|负责落实|负责|落实)");

    /** What makes a bracket a clause and not an aside such as （多规合一）. */
    /** What is left of 责任单位： when the line before it is lost. */
    private static final String HEADLESS_LABEL = "单位:";

    private static final Pattern CLAUSE_HINT = Pattern.compile("^\\s*(" + LABEL.pattern() + ")|(牵头|配合|参与|协助|落实|负责)\\s*$");

    /** A label that opens an unbracketed list on its own line or after the last sentence: …。牵头单位：自治区财政厅 */
    private static final Pattern OPEN_LABEL = Pattern.compile("(?<=^|\\n|。)\\s*(" + LABEL.pattern() + ")");

    /** The last agency clause in {@code text}, or null when the item names no agencies. */
    public static AgencyClause find(String text) {
        String folded = TextFolding.fold(text);
        AgencyClause bracketed = bracketed(text, folded);
        return bracketed != null ? bracketed : unbracketed(text, folded);
    }

    /** 牵头单位：自治区财政厅\n配合单位：自治区农牧厅 after the item, without brackets, to the end of the item. */
    private static AgencyClause unbracketed(String text, String folded) {
        Matcher open = OPEN_LABEL.matcher(folded);
        if (!open.find()) {
            return null;
        }
        int start = open.start(1);
        return new AgencyClause(start, text.length(), roles(text.substring(start).replace('\n', ';')), false);
    }

    private static AgencyClause bracketed(String text, String folded) {
        for (int open = folded.lastIndexOf('('); open >= 0; open = folded.lastIndexOf('(', open - 1)) {
            int close = closing(folded, open);
            String inside = folded.substring(open + 1, close < 0 ? folded.length() : close);
            if (CLAUSE_HINT.matcher(inside).find()) {
                boolean cutOff = close < 0;
                String original = text.substring(open + 1, close < 0 ? text.length() : close);
                return new AgencyClause(open, cutOff ? text.length() : close + 1, roles(original), cutOff);
            }
            if (open == 0) {
                break;
            }
        }
        return null;
    }

    /**
     * A clause whose opening was lost with the text before it, as PDF extraction leaves it:
     * {@code 单位：自治区发展改革委，自治区清洁能源产业高质量发展包抓机制成员单位）}. Only the tail of the
     * label survives, so its role is unknown; the caller decides what it may stand for.
     */
    public static String headless(String text) {
        String folded = TextFolding.fold(text);
        int from = folded.length() - folded.stripLeading().length();
        int close = folded.stripTrailing().length() - 1;
        boolean balanced = close > from && folded.charAt(close) == ')' && closing("(" + folded, 0) == close + 1;
        return folded.startsWith(HEADLESS_LABEL, from) && balanced
                ? text.substring(from + HEADLESS_LABEL.length(), close) : null;
    }

    private static int closing(String folded, int open) {
        int depth = 0;
        for (int i = open; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The units of a clause's inside by role. */
    static Map<Role, List<String>> roles(String inside) {
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, new ArrayList<>());
        }
        String folded = TextFolding.fold(inside);
        Matcher label = LABEL.matcher(folded);
        List<int[]> labels = new ArrayList<>();
        while (label.find()) {
            labels.add(new int[] {label.start(), label.end()});
        }
        if (!labels.isEmpty()) {
            for (int i = 0; i < labels.size(); i++) {
                int from = labels.get(i)[1];
                int to = i + 1 < labels.size() ? labels.get(i + 1)[0] : inside.length();
                String name = folded.substring(labels.get(i)[0], labels.get(i)[1]);
                List<String> units = AgencyList.split(inside.substring(from, to));
                if (name.startsWith("牵头") || name.startsWith("主办")) {
                    byRole.get(Role.LEAD).addAll(units);
                } else if (name.startsWith("配合") || name.startsWith("协办")) {
                    byRole.get(Role.COOPERATING).addAll(units);
                } else {
                    responsibleList(units, byRole);
                }
            }
            return byRole;
        }
        Matcher verb = VERB.matcher(folded);
        int from = 0;
        while (verb.find()) {
            List<String> units = AgencyList.split(inside.substring(from, verb.start()));
            byRole.get(roleOf(verb.group(1))).addAll(units);
            from = verb.end();
        }
        return byRole;
    }

    /** In a 责任单位 list the first unit leads (排在第一位的为牵头单位) and the rest cooperate. */
    static void responsibleList(List<String> units, Map<Role, List<String>> byRole) {
        if (!units.isEmpty()) {
            byRole.get(Role.LEAD).add(units.get(0));
            byRole.get(Role.COOPERATING).addAll(units.subList(1, units.size()));
        }
    }

    private static Role roleOf(String verb) {
        if (verb.contains("牵头")) {
            return Role.LEAD;
        }
        return verb.contains("配合") || verb.startsWith("共同") || verb.equals("参与") || verb.equals("协助")
                ? Role.COOPERATING : Role.IMPLEMENTING;
    }
}
