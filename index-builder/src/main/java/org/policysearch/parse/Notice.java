package org.policysearch.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * One document: a notice, or one of several documents of a gazette issue.
 *
 * @param docId  stable across rebuilds: derived from the source file and the document's place in it
 * @param year   from the date, else from what the text cites, else from a sidecar; null if none
 * @param text   the document's cleaned text (line breaks joined, furniture and duplicates dropped)
 * @param taskCount how many tasks the document holds
 */
public record Notice(String docId, String title, String issuer, String docNumber, LocalDate date,
                     Integer year, String region, String sourceFile, String text, int taskCount) {
}
