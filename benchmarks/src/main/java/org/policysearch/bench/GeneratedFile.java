package org.policysearch.bench;

import java.util.List;

/** One generated corpus file: its text and what it holds. */
public record GeneratedFile(String name, String text, List<ExpectedDocument> documents) {

    public GeneratedFile {
        documents = List.copyOf(documents);
    }

    public int taskCount() {
        return documents.stream().mapToInt(d -> d.tasks().size()).sum();
    }
}
