package org.policysearch.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which region a document belongs to, from the regions and places it mentions (regions.txt). */
public final class Regions {

    private static final Map<String, List<String>> MENTIONS = load();

    private Regions() {
    }

    /** The region mentioned most often in {@code text}, or null when none is. */
    public static String of(String text) {
        String best = null;
        int bestCount = 0;
        for (var entry : MENTIONS.entrySet()) {
            int count = 0;
            for (String mention : entry.getValue()) {
                for (int i = text.indexOf(mention); i >= 0; i = text.indexOf(mention, i + mention.length())) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = entry.getKey();
                bestCount = count;
            }
        }
        return best;
    }

    /** Whether {@code name} starts with a region or place name (宁夏银监局, 银川海关). */
    public static boolean startsWithPlace(String name) {
        for (List<String> mentions : MENTIONS.values()) {
            for (String mention : mentions) {
                if (name.startsWith(mention)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        try (var in = Regions.class.getResourceAsStream("regions.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split("\\s+");
                map.put(fields[0], new ArrayList<>(List.of(fields).subList(1, fields.length)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read regions.txt", e);
        }
        return map;
    }
}
