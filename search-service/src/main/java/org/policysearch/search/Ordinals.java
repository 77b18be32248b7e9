package org.policysearch.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The ordinals of one facet dimension for every entry, in the narrowest array the dimension's
 * value count allows (bytes up to 255 values, or 256 less the slots per entry in fixed slots;
 * chars up to 65,535; ints beyond) and, when it takes less room, a fixed number of slots per entry
 * instead of per-entry starts. Counting a broad search is memory reads: at 1 GB the five
 * dimensions of the matches of ten common words, counted on one thread, took 106 ms with int
 * starts and values, and 51–53 ms with these arrays, counted a batch of matches at a time.
 */
final class Ordinals {

    /** An empty slot, or an entry without a value. */
    static final int NONE = -1;

    private static final int BYTE_NONE = 0xFF;
    private static final int CHAR_NONE = Character.MAX_VALUE;

    /**
     * A batch whose entries lie on average more than this many entries apart is read ahead (see
     * {@link #readAhead}). On the 1 GB archive, one thread, caches flushed between searches, reading
     * ahead gained from about 20 apart (探索, 4.4 % of tasks: 2.8 → 2.6 ms; 公路, 2.2 %: 3.4 → 1.8)
     * and lost below (建立, 10 %: 3.0 → 4.0; 现代化, 5.5 %: 2.5 → 2.8).
     */
    private static final int SPARSE = 20;

    /** The widest fixed slots counted by straight-line code (see {@link #addUnrolled}). */
    private static final int UNROLLED = 8;

    /** Where the read-ahead loops put what they read, so that the compiler keeps the reads. */
    @SuppressWarnings("unused")
    private static int readAheadSum;

    /** How many distinct values the dimension has: a byte at or above it is an empty slot. */
    private final int valueCount;
    /** Exactly one of the three holds the ordinals. */
    private final byte[] bytes;
    private final char[] chars;
    private final int[] ints;
    /** Slots per entry; with {@link #starts}, the most ordinals one entry has. */
    private final int width;
    /** Where each entry's ordinals start (one more closes the last), or null for fixed slots. */
    private final int[] starts;

    private Ordinals(int[] ordinals, int valueCount, int width, int[] starts) {
        this.valueCount = valueCount;
        this.width = width;
        this.starts = starts;
        int emptyCodes = starts == null ? width : 1;
        if (bytesPerOrdinal(valueCount, emptyCodes) == Byte.BYTES) {
            bytes = new byte[ordinals.length];
            for (int i = 0; i < ordinals.length; i++) {
                bytes[i] = (byte) (ordinals[i] == NONE ? emptyByte(i % emptyCodes) : ordinals[i]);
            }
            chars = null;
            ints = null;
        } else if (bytesPerOrdinal(valueCount, emptyCodes) == Character.BYTES) {
            chars = new char[ordinals.length];
            for (int i = 0; i < ordinals.length; i++) {
                chars[i] = (char) (ordinals[i] == NONE ? CHAR_NONE : ordinals[i]);
            }
            bytes = null;
            ints = null;
        } else {
            ints = ordinals;
            bytes = null;
            chars = null;
        }
    }

    /**
     * @param starts     where each of {@code starts.length - 1} entries' ordinals start in {@code values}
     * @param values     the ordinals, each below {@code valueCount}
     * @param valueCount how many distinct values the dimension has
     */
    static Ordinals of(int[] starts, int[] values, int valueCount) {
        int entries = starts.length - 1;
        int width = 0;
        for (int entry = 0; entry < entries; entry++) {
            width = Math.max(width, starts[entry + 1] - starts[entry]);
        }
        long slots = (long) entries * width;
        int used = starts[entries];
        long startsBytes = (long) Integer.BYTES * starts.length + (long) bytesPerOrdinal(valueCount, 1) * used;
        if (slots > Integer.MAX_VALUE - 8 || bytesPerOrdinal(valueCount, width) * slots > startsBytes) {
            return new Ordinals(Arrays.copyOf(values, used), valueCount, width, starts);
        }
        int[] fixed = new int[(int) slots];
        Arrays.fill(fixed, NONE);
        for (int entry = 0; entry < entries; entry++) {
            System.arraycopy(values, starts[entry], fixed, entry * width, starts[entry + 1] - starts[entry]);
        }
        return new Ordinals(fixed, valueCount, width, null);
    }

    /** The ordinals of every entry of a sorted-set field, by global doc id. */
    static Ordinals read(SortedSetDocValues docValues, int maxDoc) throws IOException {
        Builder builder = new Builder(maxDoc);
        for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
            builder.startEntry(doc);
            for (int i = 0, count = docValues.docValueCount(); i < count; i++) {
                builder.add((int) docValues.nextOrd());
            }
        }
        return builder.build(Math.toIntExact(docValues.getValueCount()));
    }

    /** Collects the ordinals of entries in ascending order into per-entry starts for {@link #of}. */
    static final class Builder {
        private final int[] starts;
        private int[] values;
        private int used;
        /** The first entry whose start is not set yet. */
        private int next;

        Builder(int entries) {
            starts = new int[entries + 1];
            values = new int[entries];
        }

        /** Ends the entries before {@code entry} (those skipped have no values); what {@link #add} adds next is its. */
        void startEntry(int entry) {
            for (; next <= entry; next++) {
                starts[next] = used;
            }
        }

        void add(int ordinal) {
            if (used == values.length) {
                values = Arrays.copyOf(values, values.length + Math.max(1, values.length / 2));
            }
            values[used++] = ordinal;
        }

        /** The ordinals collected, each below {@code valueCount}; the entries not started have none. */
        Ordinals build(int valueCount) {
            startEntry(starts.length - 1);
            return of(starts, values, valueCount);
        }
    }

    /** The most ordinals one entry has: room enough for {@link #copy}. */
    int widest() {
        return width;
    }

    /** How many bytes each stored ordinal takes: what a pass over the entries reads per slot. */
    int elementBytes() {
        return bytes != null ? Byte.BYTES : chars != null ? Character.BYTES : Integer.BYTES;
    }

    /** Puts the ordinals of {@code entry} at the start of {@code into} and returns how many there are. */
    int copy(int entry, int[] into) {
        int from = starts == null ? entry * width : starts[entry];
        int to = starts == null ? from + width : starts[entry + 1];
        int n = 0;
        for (int i = from; i < to; i++) {
            int ordinal = at(i);
            if (ordinal == NONE) {
                break;
            }
            into[n++] = ordinal;
        }
        return n;
    }

    /** The element size for {@code valueCount} ordinals beside {@code emptyCodes} codes of empty slots. */
    private static int bytesPerOrdinal(int valueCount, int emptyCodes) {
        return valueCount + emptyCodes <= BYTE_NONE + 1 ? Byte.BYTES
                : valueCount <= CHAR_NONE ? Character.BYTES : Integer.BYTES;
    }

    /**
     * The code of an empty slot {@code slot} in bytes: each slot its own, so that empty slots of
     * successive entries add to different tallies in {@link #addFixedBytes}. With one code, the
     * empty slots (half of the agency column's: 3.0 of 6 per task at 1 GB) added one after another
     * to a single tally, each increment waiting for the last. At 1 GB, the agencies of the ten
     * common words' matches counted alone on one thread: 0.97–1.17 → 0.78–0.97 ms a word; whole
     * searches ({@code bin/benchmark compare}, two runs): common words −1.3 % and −3.5 %,
     * two-character words −2.0 % and −3.7 %, the other classes within ±2 %.
     */
    private static byte emptyByte(int slot) {
        return (byte) (BYTE_NONE - slot);
    }

    /** Adds one to the count of each ordinal of each of the first {@code count} {@code entries}. */
    void add(int[] entries, int count, int[] counts) {
        if (starts == null && width == 1) {
            addSingle(entries, count, counts);
            return;
        }
        if (bytes != null && starts == null) {
            addFixedBytes(entries, count, counts);
            return;
        }
        // Locals and a loop per element type, so that the compiled loops read the arrays directly.
        byte[] bytes = this.bytes;
        char[] chars = this.chars;
        int[] ints = this.ints;
        int[] starts = this.starts;
        int width = this.width;
        for (int k = 0; k < count; k++) {
            int entry = entries[k];
            int from = starts == null ? entry * width : starts[entry];
            int to = starts == null ? from + width : starts[entry + 1];
            if (bytes != null) {
                for (int i = from; i < to && bytes[i] != (byte) BYTE_NONE; i++) {
                    counts[Byte.toUnsignedInt(bytes[i])]++;
                }
            } else if (chars != null) {
                for (int i = from; i < to && chars[i] != CHAR_NONE; i++) {
                    counts[chars[i]]++;
                }
            } else {
                for (int i = from; i < to && ints[i] != NONE; i++) {
                    counts[ints[i]]++;
                }
            }
        }
    }

    /**
     * Every slot of each entry, the empty ones into spare tallies (see {@link #emptyByte}), so that
     * the inner loop's length is the same for every entry instead of ending at an entry's first
     * empty slot (an exit the branch predictor cannot learn). At 1 GB, the agencies of
     * 151,107 matches (6 slots each), one thread: 2.3–2.7 → 1.5–2.1 ms (best and mean of 15 passes).
     */
    private void addFixedBytes(int[] entries, int count, int[] counts) {
        byte[] bytes = this.bytes;
        int width = this.width;
        int[] tally = new int[BYTE_NONE + 1];
        readAhead(entries, count);
        if (width <= UNROLLED) {
            addUnrolled(bytes, width, entries, count, tally);
        } else {
            for (int k = 0; k < count; k++) {
                int from = entries[k] * width;
                for (int i = from; i < from + width; i++) {
                    tally[Byte.toUnsignedInt(bytes[i])]++;
                }
            }
        }
        for (int ordinal = 0; ordinal < counts.length; ordinal++) {
            counts[ordinal] += tally[ordinal];
        }
    }

    /**
     * {@link #addFixedBytes}'s loop for {@code width} up to {@link #UNROLLED}: an entry's slots as
     * straight-line increments, entered at the width's case and falling through to the first slot.
     * The slot loop compiled to set-up and exit tests that cost more than its few increments. The
     * 1 GB columns, 151,583 matches (8 % of the tasks) 1,024 at a time on one thread, warm caches:
     * agencies (6 slots) 1.13–1.19 → 0.46 ms, leads (2 slots) 0.84–0.87 → 0.27 ms. In whole searches
     * the columns mostly come from memory, which this does not change: at 1 GB ({@code bin/benchmark
     * compare}, twice) common words −4.8 % and −4.2 %, two-character words −5.9 % and −3.3 %, the
     * counting's share of a JFR of the common words 33 → 28 %.
     */
    @SuppressWarnings("fallthrough")
    private static void addUnrolled(byte[] bytes, int width, int[] entries, int count, int[] tally) {
        for (int k = 0; k < count; k++) {
            int from = entries[k] * width;
            switch (width) {
                case 8: tally[Byte.toUnsignedInt(bytes[from + 7])]++;
                case 7: tally[Byte.toUnsignedInt(bytes[from + 6])]++;
                case 6: tally[Byte.toUnsignedInt(bytes[from + 5])]++;
                case 5: tally[Byte.toUnsignedInt(bytes[from + 4])]++;
                case 4: tally[Byte.toUnsignedInt(bytes[from + 3])]++;
                case 3: tally[Byte.toUnsignedInt(bytes[from + 2])]++;
                case 2: tally[Byte.toUnsignedInt(bytes[from + 1])]++;
                case 1: tally[Byte.toUnsignedInt(bytes[from])]++;
                default:
            }
        }
    }

    /**
     * One slot per entry (the document column, year, region): a loop per element type without the
     * per-entry slot loop of {@link #add}, whose bounds and type tests the document column paid for
     * every match.
     */
    private void addSingle(int[] entries, int count, int[] counts) {
        readAhead(entries, count);
        if (bytes != null) {
            byte[] bytes = this.bytes;
            for (int k = 0; k < count; k++) {
                int ordinal = Byte.toUnsignedInt(bytes[entries[k]]);
                if (ordinal != BYTE_NONE) {
                    counts[ordinal]++;
                }
            }
        } else if (chars != null) {
            char[] chars = this.chars;
            for (int k = 0; k < count; k++) {
                int ordinal = chars[entries[k]];
                if (ordinal != CHAR_NONE) {
                    counts[ordinal]++;
                }
            }
        } else {
            int[] ints = this.ints;
            for (int k = 0; k < count; k++) {
                int ordinal = ints[entries[k]];
                if (ordinal != NONE) {
                    counts[ordinal]++;
                }
            }
        }
    }

    /** The one ordinal of {@code entry} in a dimension of at most one value per entry, or {@link #NONE}. */
    int single(int entry) {
        if (starts != null || width != 1) {
            throw new IllegalStateException("a multi-valued column has no single value per entry");
        }
        return at(entry);
    }

    /**
     * Reads the first slot of each of a sparse batch's entries before it is counted. Matches tens
     * of entries apart each miss the cache; read in a loop of their own, with nothing else to
     * wait for, those misses overlap, while the counting loop (read, then increment a count) waits
     * on them one by one. In a dense batch the entries share cache lines, the hardware prefetcher
     * follows them and a second pass only costs. At 1 GB (both versions in one JVM, the whole mix
     * alternating, two runs of 40 rounds, p50 ms): two-character words 4.35 → 3.84 and 3.47 → 3.07,
     * phrases 4.39 → 3.89 and 3.53 → 3.12, rare words 1.61 → 1.50 and 1.35 → 1.27, common words
     * (5–13 % of all tasks) 5.17 → 5.15 and 4.04 → 4.06.
     */
    void readAhead(int[] entries, int count) {
        if (count == 0 || entries[count - 1] - entries[0] <= SPARSE * count) {
            return;
        }
        int read = 0;
        if (starts != null) {
            int used = starts[starts.length - 1];
            for (int k = 0; k < count; k++) {
                int from = starts[entries[k]];
                read += from < used ? at(from) : 0;
            }
        } else if (bytes != null) {
            for (int k = 0; k < count; k++) {
                read += bytes[entries[k] * width];
            }
        } else if (chars != null) {
            for (int k = 0; k < count; k++) {
                read += chars[entries[k] * width];
            }
        } else {
            for (int k = 0; k < count; k++) {
                read += ints[entries[k] * width];
            }
        }
        readAheadSum = read;
    }

    private int at(int i) {
        if (bytes != null) {
            int ordinal = Byte.toUnsignedInt(bytes[i]);
            return ordinal >= valueCount ? NONE : ordinal;
        }
        if (chars != null) {
            int ordinal = chars[i];
            return ordinal == CHAR_NONE ? NONE : ordinal;
        }
        return ints[i];
    }
}
