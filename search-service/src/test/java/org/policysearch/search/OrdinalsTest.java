package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every layout {@link Ordinals} picks counts, reads and copies exactly the ordinals it was given: the
 * element sizes at their edges (255 values is the last with bytes, or 256 less the slots per entry,
 * each empty slot having a code of its own; 65,535 the last with chars) and
 * fixed slots against per-entry starts. The corpus searches cover the layouts the corpus makes.
 */
class OrdinalsTest {

    @ParameterizedTest(name = "{0} values, up to {1} per entry, one entry with {2}")
    @CsvSource({
            "2, 1, 1",         // region: bytes, one slot
            "255, 1, 1",       // the largest ordinal that fits a byte beside the empty marker
            "256, 1, 1",       // chars
            "55402, 1, 1",     // documents at 1 GB
            "65535, 1, 1",     // the largest ordinal that fits a char beside the empty marker
            "65536, 1, 1",     // ints
            "140, 6, 6",       // agencies: fixed slots
            "250, 6, 6",       // the most values fixed bytes hold beside six codes of empty slots
            "251, 6, 6",       // chars
            "140, 3, 400",     // one task naming 400 agencies: starts take less room than 400 slots each
            "70000, 2, 2"})
    void countsAndReadsWhatItWasGiven(int valueCount, int perEntry, int widest) {
        Random random = new Random(valueCount * 31L + widest);
        int entries = 5_000;
        int[] starts = new int[entries + 1];
        int[] values = new int[entries * Math.max(perEntry, widest)];
        int used = 0;
        for (int entry = 0; entry < entries; entry++) {
            starts[entry] = used;
            int count = entry == entries / 2 ? widest : random.nextInt(perEntry + 1);
            for (int i = 0; i < count; i++) {
                // the extremes first, so both edge ordinals are stored
                values[used++] = entry == 0 ? i % 2 * (valueCount - 1) : random.nextInt(valueCount);
            }
        }
        starts[entries] = used;

        Ordinals ordinals = Ordinals.of(starts, values, valueCount);

        // Dense hits, and hits 50 entries apart, which are read ahead before they are counted.
        int[][] hitSets = {IntStream.range(0, entries).filter(entry -> entry % 3 != 1).toArray(),
                IntStream.range(0, entries).filter(entry -> entry % 50 == 0).toArray()};
        for (int[] hits : hitSets) {
            int[] expected = new int[valueCount];
            for (int entry : hits) {
                for (int i = starts[entry]; i < starts[entry + 1]; i++) {
                    expected[values[i]]++;
                }
            }
            int[] actual = new int[valueCount];
            // A batch is counted only up to its count; what follows is left from an earlier batch.
            int[] batch = IntStream.concat(IntStream.of(hits), IntStream.of(entries / 2, 0)).toArray();
            ordinals.add(batch, hits.length, actual);
            assertArrayEquals(expected, actual, hits.length + " hits");
        }
        int most = IntStream.range(0, entries).map(entry -> starts[entry + 1] - starts[entry]).max().orElseThrow();
        assertEquals(most, ordinals.widest());
        int[] into = new int[most];
        for (int entry = 0; entry < entries; entry++) {
            int n = ordinals.copy(entry, into);
            assertArrayEquals(Arrays.copyOfRange(values, starts[entry], starts[entry + 1]), Arrays.copyOf(into, n),
                    "entry " + entry);
        }
        if (widest == 1) {
            for (int entry = 0; entry < entries; entry++) {
                int own = starts[entry + 1] - starts[entry];
                assertEquals(own == 0 ? Ordinals.NONE : values[starts[entry]], ordinals.single(entry), "entry " + entry);
            }
        } else {
            assertThrows(IllegalStateException.class, () -> ordinals.single(0));
        }
    }

    /**
     * Reading a sparse batch ahead touches each entry's first value; with per-entry starts, an entry
     * without values at the end has its start past the last value, and nothing to touch.
     */
    @Test
    void readingAheadStopsAtTheLastValue() {
        int entries = 1_000;
        int[] starts = new int[entries + 1];
        Arrays.fill(starts, 1, entries + 1, 400);
        // one entry naming 400 of 140 values: starts take less room than 400 slots per entry
        Ordinals ordinals = Ordinals.of(starts, IntStream.range(0, 400).map(i -> i % 140).toArray(), 140);
        int[] sparse = {0, entries / 2, entries - 1};
        ordinals.readAhead(sparse, sparse.length);
        int[] counts = new int[140];
        ordinals.add(sparse, sparse.length, counts);
        assertEquals(400, IntStream.of(counts).sum());
    }

    /**
     * Fixed byte slots are counted by straight-line code up to eight slots and by a loop beyond:
     * every width from 2 to 10, each entry full but every fourth (one slot empty), so fixed slots
     * take less room than per-entry starts.
     */
    @ParameterizedTest(name = "{0} slots")
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 9, 10})
    void countsEverySlotOfFixedWidths(int width) {
        int entries = 3_000;
        int valueCount = 140;
        Random random = new Random(width);
        int[] starts = new int[entries + 1];
        int[] values = new int[entries * width];
        int used = 0;
        for (int entry = 0; entry < entries; entry++) {
            starts[entry] = used;
            for (int i = 0; i < (entry % 4 == 0 ? width - 1 : width); i++) {
                values[used++] = random.nextInt(valueCount);
            }
        }
        starts[entries] = used;
        int[] hits = IntStream.range(0, entries).filter(entry -> entry % 3 != 2).toArray();
        int[] expected = new int[valueCount];
        for (int entry : hits) {
            for (int i = starts[entry]; i < starts[entry + 1]; i++) {
                expected[values[i]]++;
            }
        }

        int[] actual = new int[valueCount];
        Ordinals.of(starts, values, valueCount).add(hits, hits.length, actual);

        assertArrayEquals(expected, actual);
    }

    @Test
    void anEntryWithoutValuesCountsNothing() {
        Ordinals ordinals = Ordinals.of(new int[] {0, 0, 2, 2}, new int[] {1, 0}, 2);
        int[] counts = new int[2];
        ordinals.add(new int[] {0, 2}, 2, counts);
        assertArrayEquals(new int[] {0, 0}, counts);
        ordinals.add(new int[] {1}, 1, counts);
        assertArrayEquals(new int[] {1, 1}, counts);
    }
}
