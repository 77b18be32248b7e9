package org.policysearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The agencies a notice of a given year would name, as it would write them: after the 2018
 * institutional reform 农牧厅 is written 农业农村厅, and so on. Names and successions follow the
 * agency registry bundled with the program (the generator's unit test checks each name against it).
 */
public final class AgencyPool {

    /** Written after the 自治区 prefix; one name, or a line of succession with the years of change. */
    private record Department(List<String> names, List<Integer> changedIn) {
        String in(int year) {
            int i = 0;
            while (i < changedIn.size() && year >= changedIn.get(i)) {
                i++;
            }
            return names.get(i);
        }
    }

    private static final List<Department> DEPARTMENTS = List.of(
            always("发展改革委"), always("财政厅"), always("商务厅"), always("科技厅"),
            always("住房城乡建设厅"), always("水利厅"), always("人力资源社会保障厅"), always("民政厅"),
            always("交通运输厅"), always("公安厅"), always("国资委"), always("教育厅"), always("司法厅"),
            always("审计厅"), always("统计局"), always("民委"),
            line(List.of("农牧厅", "农业农村厅"), 2018),
            line(List.of("环境保护厅", "生态环境厅"), 2018),
            line(List.of("国土资源厅", "自然资源厅"), 2018),
            line(List.of("经济和信息化委", "工业和信息化厅"), 2018),
            line(List.of("卫生厅", "卫生计生委", "卫生健康委"), 2013, 2018),
            line(List.of("文化厅", "文化和旅游厅"), 2018),
            line(List.of("工商局", "市场监管厅"), 2018),
            line(List.of("林业厅", "林草局"), 2018),
            line(List.of("安监局", "应急厅"), 2018),
            line(List.of("金融工作局", "地方金融监管局"), 2019),
            line(List.of("扶贫办", "乡村振兴局"), 2021));

    /** Units written without the 自治区 prefix, after a comma that ends the prefixed run. */
    private static final List<String> LOCAL_UNITS = List.of(
            "各市、县（区）人民政府", "五市人民政府", "宁东管委会", "人行银川中心支行");

    /** The prefix shared by a run of departments: 自治区财政厅、发展改革委. */
    public static final String PREFIX = "自治区";

    private static Department always(String name) {
        return new Department(List.of(name), List.of());
    }

    private static Department line(List<String> names, Integer... changedIn) {
        return new Department(names, List.of(changedIn));
    }

    /** {@code n} distinct departments as a notice of {@code year} writes them (without prefix). */
    public List<String> departments(int year, int n, SplittableRandom random) {
        List<String> picked = new ArrayList<>(n);
        while (picked.size() < n) {
            String name = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())).in(year);
            if (!picked.contains(name)) {
                picked.add(name);
            }
        }
        return picked;
    }

    /** A local unit, e.g. 各市、县（区）人民政府. */
    public String localUnit(SplittableRandom random) {
        return LOCAL_UNITS.get(random.nextInt(LOCAL_UNITS.size()));
    }

    /** Every name any year can produce, for checking against the registry. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>();
        DEPARTMENTS.forEach(d -> all.addAll(d.names()));
        all.addAll(LOCAL_UNITS);
        return all;
    }
}
