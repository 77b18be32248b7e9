package org.policysearch.bench;

import java.util.List;

/** A task as the generator wrote it: what the parser should find. Agencies with prefix expanded. */
public record ExpectedTask(int number, List<String> lead, List<String> cooperating, List<String> implementing) {

    public ExpectedTask {
        lead = List.copyOf(lead);
        cooperating = List.copyOf(cooperating);
        implementing = List.copyOf(implementing);
    }
}
