package org.policysearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.util.Bits;

/**
 * A dimension that holds its notice's value (year, region), counted from a search's per-notice
 * counts instead of once per match: a notice's value once for all of its matching tasks. The
 * parser gives every task its notice's year and region, but an index is only rolled up when its
 * live entries bear that out, so an index that does not gets counted per match.
 */
final class NoticeRollup {

    /** A notice no live entry names: its count is always zero. */
    private static final int UNSEEN = -2;

    /** The dimension's ordinal of each notice ordinal, {@link Ordinals#NONE} or {@link #UNSEEN}. */
    private final int[] valueOfNotice;

    private NoticeRollup(int[] valueOfNotice) {
        this.valueOfNotice = valueOfNotice;
    }

    /**
     * The roll-up of {@code column} from {@code notices}, or empty when a live entry without a
     * notice has a value, or two live entries of one notice have different values (or one none).
     */
    static Optional<NoticeRollup> of(IndexReader reader, FacetColumn notices, FacetColumn column) throws IOException {
        Bits live = MultiBits.getLiveDocs(reader);
        int[] valueOfNotice = new int[notices.size()];
        Arrays.fill(valueOfNotice, UNSEEN);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            int notice = notices.ordinalOf(doc);
            int value = column.ordinalOf(doc);
            if (notice == Ordinals.NONE) {
                if (value != Ordinals.NONE) {
                    return Optional.empty();
                }
            } else if (valueOfNotice[notice] == UNSEEN) {
                valueOfNotice[notice] = value;
            } else if (valueOfNotice[notice] != value) {
                return Optional.empty();
            }
        }
        return Optional.of(new NoticeRollup(valueOfNotice));
    }

    /** Adds to {@code counts} each notice's count in {@code noticeCounts} under the notice's value. */
    void addTo(int[] noticeCounts, int[] counts) {
        for (int notice = 0; notice < noticeCounts.length; notice++) {
            int value = valueOfNotice[notice];
            if (value >= 0) {
                counts[value] += noticeCounts[notice];
            }
        }
    }
}
