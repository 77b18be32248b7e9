package org.policysearch.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.policysearch.agency.AgencyEntry;
import org.policysearch.agency.AgencyRegistry;

/**
 * The agencies a notice of a given year names, as it writes them, taken from the agency registry:
 * a department exists from the year its predecessors were succeeded (农业农村厅 from 2018) until
 * its own succession (农牧厅 until 2017).
 */
public final class AgencyPool {

    /** The prefix shared by a run of departments: 自治区财政厅、发展改革委. */
    public static final String PREFIX = "自治区";
    private static final String REGION = "宁夏";
    private static final String DEPARTMENT = "department";
    /** Kinds named without the prefix, after the comma that ends a prefixed run. */
    private static final List<String> LOCAL_KINDS = List.of("collective", "government", "zone");
    /** Written as one unit although it holds a 、: 各市、县（区）人民政府 (SPEC §2). */
    private static final String COUNTIES = "县（区）人民政府";

    /** A department as written after the prefix, and the years it was written so. */
    private record Department(String name, int from, int until) {
        boolean existsIn(int year) {
            return year >= from && year < until;
        }
    }

    private final List<Department> departments = new ArrayList<>();
    private final List<String> localUnits = new ArrayList<>();

    public AgencyPool(AgencyRegistry registry) {
        Map<String, Integer> createdIn = new HashMap<>();
        for (AgencyEntry e : registry.entries()) {
            e.successors().forEach(s -> createdIn.merge(s.to(), s.year(), Math::max));
        }
        for (AgencyEntry e : registry.entries()) {
            if (!REGION.equals(e.region()) || e.names().isEmpty()) {
                continue;
            }
            String written = e.names().get(0);
            if (DEPARTMENT.equals(e.kind()) && written.startsWith(PREFIX)) {
                int until = e.successors().stream().mapToInt(AgencyEntry.Succession::year).min().orElse(Integer.MAX_VALUE);
                departments.add(new Department(written.substring(PREFIX.length()),
                        createdIn.getOrDefault(e.canonical(), Integer.MIN_VALUE), until));
            } else if (LOCAL_KINDS.contains(e.kind()) && !written.startsWith(PREFIX)
                    && (written.indexOf('、') < 0 || written.endsWith("市、" + COUNTIES))) {
                localUnits.add(written);
            }
        }
        if (departments.isEmpty() || localUnits.isEmpty()) {
            throw new IllegalArgumentException("the agency registry holds no " + REGION + " departments or local units");
        }
    }

    /** {@code n} distinct departments as a notice of {@code year} writes them (without prefix). */
    public List<String> departments(int year, int n, SplittableRandom random) {
        List<String> existing = departments.stream().filter(d -> d.existsIn(year)).map(Department::name).toList();
        List<String> picked = new ArrayList<>(n);
        while (picked.size() < Math.min(n, existing.size())) {
            String name = existing.get(random.nextInt(existing.size()));
            if (!picked.contains(name)) {
                picked.add(name);
            }
        }
        return picked;
    }

    /** A unit written without the prefix, e.g. 各市、县（区）人民政府 or 宁东管委会. */
    public String localUnit(SplittableRandom random) {
        return localUnits.get(random.nextInt(localUnits.size()));
    }
}
