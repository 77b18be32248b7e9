package org.policysearch.agency;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.policysearch.parse.Regions;
import org.policysearch.task.Role;
import org.policysearch.text.TextFolding;

/**
 * Gives each unit of an agency clause its full name as written and its canonical name. A prefix
 * shared by a run applies to the bare names after it: in 自治区财政厅、发展改革委 the second unit is
 * 自治区发展改革委, while 宁夏银监局 or 五市人民政府 keep their own names.
 */
public final class AgencyResolver {

    /** Units of one role: names as written (prefix expanded), canonical names, and names the registry lacks. */
    public record Resolved(List<String> written, List<String> canonical, List<String> unknown) {
    }

    /** The level prefixes a run shares. */
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^(自治区|省)");

    /** A bare department name that takes the run's prefix when the registry does not know it. */
    private static final Pattern BARE_DEPARTMENT = Pattern.compile("(厅|委|办|局|委员会|办公室)$");

    /** Collective or generic starts that never take a prefix (各市…, 有关…, 区直各部门). */
    private static final Pattern COLLECTIVE = Pattern.compile("^(各|有关|相关|区直|全区|五市|中央|国家|中国|人行)");

    private final AgencyRegistry registry;

    public AgencyResolver(AgencyRegistry registry) {
        this.registry = registry;
    }

    /** Resolves a clause's units role by role, in clause order, so a prefix carries over between roles. */
    public Map<Role, Resolved> resolve(Map<Role, List<String>> units, String region) {
        Map<Role, Resolved> resolved = new EnumMap<>(Role.class);
        String prefix = null;
        for (Role role : Role.values()) {
            List<String> written = new ArrayList<>();
            List<String> canonical = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String unit : units.getOrDefault(role, List.of())) {
                var level = LEVEL_PREFIX.matcher(TextFolding.fold(unit));
                String name = level.find() ? unit : expand(unit, prefix, region);
                if (level.find(0)) {
                    prefix = unit.substring(0, level.end());
                }
                written.add(name);
                var entry = registry.find(name, region);
                canonical.add(entry.map(AgencyEntry::canonical).orElse(name));
                if (entry.isEmpty()) {
                    unknown.add(name);
                }
            }
            resolved.put(role, new Resolved(written, canonical, unknown));
        }
        return resolved;
    }

    private String expand(String unit, String prefix, String region) {
        if (prefix == null || registry.find(unit, region).isPresent()) {
            return unit;
        }
        if (registry.find(prefix + unit, region).isPresent()) {
            return prefix + unit;
        }
        String folded = TextFolding.fold(unit);
        boolean bare = BARE_DEPARTMENT.matcher(folded).find() && !COLLECTIVE.matcher(folded).find()
                && !Regions.startsWithPlace(folded);
        return bare ? prefix + unit : unit;
    }
}
