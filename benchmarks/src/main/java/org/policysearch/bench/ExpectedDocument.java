package org.policysearch.bench;

import java.time.LocalDate;
import java.util.List;

/** A document as the generator wrote it. */
public record ExpectedDocument(String docNumber, LocalDate date, String region, List<ExpectedTask> tasks) {

    public ExpectedDocument {
        tasks = List.copyOf(tasks);
    }
}
