package org.policysearch.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.SimpleFieldComparator;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.policysearch.index.IndexSchema;

/**
 * The order of tasks that rank alike (equal scores or dates): by document id, then task number,
 * as Lucene's string sort on {@link IndexSchema#DOC_ID} and long sort on
 * {@link IndexSchema#TASK_NUMBER} order them (an entry without a document id first, a missing
 * number as 0), held as one key per entry, made once per index snapshot (8 bytes an entry: 15 MB at
 * 1 GB). Those two sorts read doc values for every hit the page's collector compares; the key is
 * one array read. {@code bin/benchmark compare} at 1 GB, two runs, against the two sorts: common
 * words −6.0 % and −8.4 %, two-character words −6.7 % and −9.8 %, phrases −3.9 % and −5.2 %, rare
 * words −11.4 % and −16.1 %, AND and filtered searches −6.0 % to −11.6 %, who-leads (no page)
 * +0.5 % and −0.5 %; every answer the same.
 */
final class TaskOrder {

    /** By global doc id: the document id's ordinal plus one above the task number, sign flipped. */
    private final long[] keys;
    private final SortField field;
    private final Sort sort;

    private TaskOrder(long[] keys) {
        this.keys = keys;
        this.field = new SortField(IndexSchema.DOC_ID, new FieldComparatorSource() {
            @Override
            public FieldComparator<?> newComparator(String fieldName, int numHits, Pruning pruning, boolean reversed) {
                return new KeyComparator(numHits);
            }
        });
        this.sort = new Sort(field);
    }

    static TaskOrder load(IndexReader reader) throws IOException {
        long[] keys = new long[reader.maxDoc()];
        SortedDocValues documents = MultiDocValues.getSortedValues(reader, IndexSchema.DOC_ID);
        NumericDocValues numbers = MultiDocValues.getNumericValues(reader, IndexSchema.TASK_NUMBER);
        for (int doc = 0; doc < keys.length; doc++) {
            long document = documents != null && documents.advanceExact(doc) ? documents.ordValue() + 1 : 0;
            int number = numbers != null && numbers.advanceExact(doc) ? Math.toIntExact(numbers.longValue()) : 0;
            // the number's sign flipped, so that the low half's unsigned order is the numbers' order
            keys[doc] = document << Integer.SIZE | Integer.toUnsignedLong(number ^ Integer.MIN_VALUE);
        }
        return new TaskOrder(keys);
    }

    /** The task number of the entry with global doc id {@code doc} (0 for an entry without one). */
    int number(int doc) {
        return (int) keys[doc] ^ Integer.MIN_VALUE;
    }

    /** Ascending task order as a sort's last field, after what ranks the hits. */
    SortField field() {
        return field;
    }

    /** Ascending task order alone: a notice's task list, or every entry. */
    Sort sort() {
        return sort;
    }

    /** Compares entries by their keys; a slot holds a key. */
    private final class KeyComparator extends SimpleFieldComparator<Long> {
        private final long[] slots;
        private int docBase;
        private long bottom;
        private long top;

        KeyComparator(int numHits) {
            slots = new long[numHits];
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public int compare(int slot1, int slot2) {
            return Long.compare(slots[slot1], slots[slot2]);
        }

        @Override
        public void setTopValue(Long value) {
            top = value;
        }

        @Override
        public Long value(int slot) {
            return slots[slot];
        }

        @Override
        public void setBottom(int slot) {
            bottom = slots[slot];
        }

        @Override
        public int compareBottom(int doc) {
            return Long.compare(bottom, keys[docBase + doc]);
        }

        @Override
        public int compareTop(int doc) {
            return Long.compare(top, keys[docBase + doc]);
        }

        @Override
        public void copy(int slot, int doc) {
            slots[slot] = keys[docBase + doc];
        }
    }
}
