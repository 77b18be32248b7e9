package org.policysearch.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.policysearch.search.Limits;

/**
 * The parameters of one request, decoded strictly from the raw query string: malformed
 * percent-encoding, bytes that are not UTF-8, control characters, parameters the endpoint does
 * not take and single-valued parameters given twice are each refused with a 400 naming the
 * parameter. Values are stripped of surrounding whitespace; an empty value counts as absent, as
 * an HTML form's empty field does.
 */
final class QueryParams {

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses {@code raw} (null when the URL has no query) and refuses names not in {@code allowed}. */
    static QueryParams parse(String raw, Set<String> allowed) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq), null);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
                if (!allowed.contains(name)) {
                    throw new ApiException(ErrorCode.UNKNOWN_PARAMETER, name, "unknown parameter '" + name
                            + "'; this endpoint takes " + String.join(", ", new TreeSet<>(allowed)));
                }
                rejectControlCharacters(name, value);
                value = value.strip();
                if (!value.isEmpty()) {
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            }
        }
        return new QueryParams(values);
    }

    /** The one value of {@code name}, if given; given twice is an error. */
    Optional<String> single(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw new ApiException(ErrorCode.REPEATED_PARAMETER, name,
                    "'" + name + "' may be given once; it was given " + given.size() + " times");
        }
        return given.stream().findFirst();
    }

    /** Every value of a repeatable parameter, in the order given. */
    List<String> all(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > Limits.MAX_FILTER_VALUES) {
            throw ApiException.badParameter(name, "'" + name + "' may be given at most "
                    + Limits.MAX_FILTER_VALUES + " times");
        }
        return List.copyOf(given);
    }

    /** Refuses control characters (C0, DEL, C1) anywhere in a value or in a path segment. */
    static void rejectControlCharacters(String param, String value) {
        if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            throw ApiException.badParameter(param, "'" + param + "' contains a control character");
        }
    }

    /**
     * Percent-decodes one component of an {@code application/x-www-form-urlencoded} query,
     * refusing what {@link java.net.URLDecoder} would silently repair.
     */
    private static String decode(String component, String param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int hi = i + 2 < component.length() ? Character.digit(component.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(component.charAt(i + 2), 16);
                if (lo < 0) {
                    throw new ApiException(ErrorCode.BAD_REQUEST, param,
                            "malformed percent-encoding in the query string (a % must be followed by two hex digits)");
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                // Clients should encode non-ASCII, but a raw character is unambiguous: take it as UTF-8.
                int cp = component.codePointAt(i);
                bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, param, "the query string is not valid UTF-8");
        }
    }
}
