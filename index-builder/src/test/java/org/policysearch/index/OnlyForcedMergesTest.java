package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The build's merge policy: flushed segments stay as they are until the build merges them into one. */
class OnlyForcedMergesTest {

    private static final int DOCUMENTS = 60;
    private static final int DOCUMENTS_PER_SEGMENT = 2;

    @Test
    void segmentsAreMergedOnlyWhenForced() throws IOException {
        // Merges run on the adding thread, so any the policy asked for are done before the count.
        IndexWriterConfig config = new IndexWriterConfig()
                .setMaxBufferedDocs(DOCUMENTS_PER_SEGMENT)
                .setMergeScheduler(new SerialMergeScheduler())
                .setMergePolicy(new OnlyForcedMerges());
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                Document doc = new Document();
                doc.add(new StringField(IndexSchema.ID, "task-" + i, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            assertEquals(DOCUMENTS / DOCUMENTS_PER_SEGMENT, segments(dir));

            writer.forceMerge(1);
            writer.commit();
            assertEquals(1, segments(dir));
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(DOCUMENTS, reader.numDocs());
            }
        }
    }

    private static int segments(Directory dir) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.leaves().size();
        }
    }
}
