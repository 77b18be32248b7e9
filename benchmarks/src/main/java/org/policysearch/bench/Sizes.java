package org.policysearch.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Archive sizes as people write them: {@code 100MB}, {@code 1GB}, {@code 10mb} (binary units). */
public final class Sizes {

    /** {@code 100MB}, {@code 1.5GB}, {@code 512kb}. */
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMG]B)", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (expected e.g. 100MB or 1GB)");
        }
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "KB" -> 10;
            case "MB" -> 20;
            default -> 30;
        };
        return (long) (Double.parseDouble(m.group(1)) * (1L << shift));
    }

    /** The label used in folder names and reports: the text as given, upper-cased. */
    public static String label(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    public static double megabytes(long bytes) {
        return bytes / (double) (1 << 20);
    }
}
