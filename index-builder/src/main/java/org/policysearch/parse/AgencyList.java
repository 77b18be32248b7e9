package org.policysearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policysearch.text.TextFolding;

/**
 * Splits an agency list into units as written: {@code 自治区财政厅、发展改革委，五市人民政府}. Splits
 * on 、，,；; outside brackets, keeps compounds such as {@code 各市、县（区）人民政府} whole, and drops
 * the generic tails that name no agency ({@code 等有关部门（单位）}).
 */
public final class AgencyList {

    /**
     * How a unit ends when it names an organisation; a piece that does not (各市 in
     * 各市、县（区）人民政府, 各盟市 in 各盟市、旗县人民政府) is the first half of a compound.
     */
    private static final Pattern ORGANISATION_END = Pattern.compile(
            "(政府|厅|委|局|办|室|会|院|馆|行|所|社|团|司|中心|公司|集团|部|处|站|队|台|署|关|区|企业|单位|机构|门|组|军|校|联|协|园|场|媒|报)$");

    /** 神华宁煤集团公司等企业 · 博览局及有关部门（单位） · …等有关部门（单位）: the tail is not an agency. */
    private static final Pattern GENERIC_TAIL = Pattern.compile(
            "(等|及|以及)(其他)?(有关|相关)?(部门|单位|企业|机构)?(\\[(单位|部门)\\]|\\((单位|部门)\\))?$");

    /** 有关部门（单位） on its own, or a bare 单位 (各负有安全监管职责的部门、单位): not an agency. */
    private static final Pattern GENERIC_UNIT = Pattern.compile(
            "^((其他)?(有关|相关)(部门|单位|企业|机构)(\\[(单位|部门)\\]|\\((单位|部门)\\))?|单位|部门)$");

    private static final String SEPARATORS = "、，,；;";

    private AgencyList() {
    }

    public static List<String> split(String list) {
        List<String> pieces = new ArrayList<>();
        List<Character> separators = new ArrayList<>();
        String folded = TextFolding.fold(list);
        int depth = 0;
        int start = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                pieces.add(list.substring(start, i));
                separators.add(c);
                start = i + 1;
            }
        }
        pieces.add(list.substring(start));
        return units(pieces, separators);
    }

    private static List<String> units(List<String> pieces, List<Character> separators) {
        List<String> units = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            pending.append(pieces.get(i).strip());
            boolean compound = i < separators.size() && separators.get(i) == '、'
                    && !endsLikeOrganisation(pending.toString()) && !pending.isEmpty();
            if (compound) {
                pending.append('、');
                continue;
            }
            String unit = withoutGenericTail(pending.toString());
            if (!unit.isEmpty() && !GENERIC_UNIT.matcher(TextFolding.fold(unit)).matches()) {
                units.add(unit);
            }
            pending.setLength(0);
        }
        return units;
    }

    static boolean endsLikeOrganisation(String unit) {
        String folded = TextFolding.fold(unit).replaceAll("[(\\[][^()\\[\\]]*[)\\]]$", "");
        return ORGANISATION_END.matcher(folded).find();
    }

    private static String withoutGenericTail(String unit) {
        String folded = TextFolding.fold(unit);
        var m = GENERIC_TAIL.matcher(folded);
        if (m.find() && m.start() > 0) {
            return unit.substring(0, m.start()).strip();
        }
        return GENERIC_TAIL.matcher(folded).matches() ? "" : unit.strip();
    }
}
