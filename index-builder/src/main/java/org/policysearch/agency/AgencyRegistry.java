package org.policysearch.agency;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policysearch.text.TextFolding;

/**
 * Canonical agency names, the ways notices write them, and the line of succession through the
 * institutional reforms (农牧厅 → 农业农村厅 in 2018, 扶贫办 → 乡村振兴局 in 2021), loaded from
 * {@code agencies.json}. Names are looked up per region because the same written form
 * (自治区财政厅) means a different agency in each.
 */
public final class AgencyRegistry {

    private static final String BUNDLED = "agencies.json";

    private final Map<String, AgencyEntry> byCanonical = new LinkedHashMap<>();
    private final Map<String, AgencyEntry> byName = new HashMap<>();

    private AgencyRegistry(List<AgencyEntry> entries) {
        for (AgencyEntry entry : entries) {
            if (byCanonical.put(entry.canonical(), entry) != null) {
                throw new IllegalArgumentException("agency " + entry.canonical() + " is listed twice");
            }
            byName.put(key(entry.region(), entry.canonical()), entry);
            for (String name : entry.names()) {
                AgencyEntry before = byName.put(key(entry.region(), name), entry);
                if (before != null && before != entry) {
                    throw new IllegalArgumentException(name + " names both " + before.canonical() + " and " + entry.canonical());
                }
            }
        }
        for (AgencyEntry entry : entries) {
            for (AgencyEntry.Succession s : entry.successors()) {
                if (!byCanonical.containsKey(s.to())) {
                    throw new IllegalArgumentException(entry.canonical() + " succeeded by unknown " + s.to());
                }
            }
        }
    }

    /** The registry bundled with the program. */
    public static AgencyRegistry bundled() {
        return Holder.BUNDLED_REGISTRY;
    }

    public static AgencyRegistry read(InputStream json) throws IOException {
        List<AgencyEntry> entries = new ObjectMapper().readValue(json, new TypeReference<List<AgencyEntry>>() { });
        return new AgencyRegistry(entries);
    }

    /** The entry for an agency as written (prefix already expanded) in a document of {@code region}. */
    public Optional<AgencyEntry> find(String written, String region) {
        AgencyEntry entry = byName.get(key(region, written));
        return Optional.ofNullable(entry != null ? entry : byName.get(key(null, written)));
    }

    /** The canonical name of an agency as written, if the registry knows it. */
    public Optional<String> canonical(String written, String region) {
        return find(written, region).map(AgencyEntry::canonical);
    }

    public Optional<AgencyEntry> entry(String canonical) {
        return Optional.ofNullable(byCanonical.get(canonical));
    }

    /**
     * The newest successor of a canonical agency, itself when it has none: 宁夏回族自治区农牧厅 →
     * 宁夏回族自治区农业农村厅. Where an agency was split, the first successor listed carries on.
     */
    public String latestSuccessor(String canonical) {
        String current = canonical;
        for (int hops = 0; hops < byCanonical.size(); hops++) {
            AgencyEntry entry = byCanonical.get(current);
            if (entry == null || entry.successors().isEmpty()) {
                return current;
            }
            current = entry.successors().get(0).to();
        }
        throw new IllegalStateException("succession of " + canonical + " runs in a circle");
    }

    public Collection<AgencyEntry> entries() {
        return byCanonical.values();
    }

    /** Folded, brackets unified, spaces dropped: 各市、县〔区〕人民政府 = 各市、县（区）人民政府. */
    static String key(String region, String name) {
        String folded = TextFolding.fold(name).replace('[', '(').replace(']', ')').replaceAll("\\s", "");
        return (region == null ? "" : region) + "|" + folded;
    }

    private static final class Holder {
        static final AgencyRegistry BUNDLED_REGISTRY = load();

        private static AgencyRegistry load() {
            try (InputStream in = AgencyRegistry.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLED + " is missing from the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED, e);
            }
        }
    }
}
