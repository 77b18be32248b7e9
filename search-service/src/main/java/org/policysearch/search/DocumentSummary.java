package org.policysearch.search;

import java.time.LocalDate;

/** A document as listed by the API, without its tasks. */
public record DocumentSummary(String docId, String title, String issuer, String docNumber,
                              LocalDate date, Integer year, String region, String sourceFile,
                              int taskCount) {
}
