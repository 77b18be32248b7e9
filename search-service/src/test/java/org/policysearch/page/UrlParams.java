package org.policysearch.page;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The query parameters of a URL, decoded, repeatable ones kept in order. */
record UrlParams(Map<String, List<String>> values) {

    static UrlParams of(String url) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new UrlParams(values);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The first value of a parameter, or "" when it is absent. */
    String first(String name) {
        List<String> all = all(name);
        return all.isEmpty() ? "" : all.get(0);
    }

    /** Without one parameter: compares two searches that differ only by it. */
    UrlParams without(String name) {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        copy.remove(name);
        return new UrlParams(copy);
    }
}
