package org.policysearch.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats tasks are exported in, by {@code extract} and by the API. */
public enum ExportFormat {
    JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv; charset=utf-8", "csv"),
    /** CSV that Excel opens correctly: a UTF-8 BOM, and cells that would run as formulas neutralised. */
    EXCEL("text/csv; charset=utf-8", "csv");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named {@code key}, or an IllegalArgumentException listing the allowed ones. */
    public static ExportFormat of(String key) {
        for (ExportFormat f : values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + key + "'; expected one of " + keys());
    }

    public static String keys() {
        return Arrays.stream(values()).map(ExportFormat::key).collect(Collectors.joining(", "));
    }
}
