package org.policysearch.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One task with its document's facts: the engine-neutral record that {@code extract} writes, the
 * index stores, and search returns. Its component names are the field names of the JSON and CSV
 * exports (SPEC §2–3), so they are defined here once.
 *
 * @param taskId       {@code docId#taskNumber}, stable across rebuilds
 * @param taskLabel    the number as printed, e.g. {@code （一0一）}
 * @param section      the headings above the task, joined by " / "; empty when there are none
 * @param title        the item's heading sentence
 * @param text         the item without its agency clause
 * @param leadAgencies agencies as written (shared prefix expanded); likewise the other roles
 * @param leadCanonical canonical registry names, index-aligned with {@code leadAgencies}
 * @param year         the document's year, or null when nothing in or beside the text gives it
 */
public record TaskRecord(
        String taskId,
        String docId,
        int taskNumber,
        String taskLabel,
        String section,
        String title,
        String text,
        List<String> leadAgencies,
        List<String> cooperatingAgencies,
        List<String> implementingAgencies,
        List<String> leadCanonical,
        List<String> cooperatingCanonical,
        List<String> implementingCanonical,
        String docTitle,
        String issuer,
        String docNumber,
        LocalDate date,
        Integer year,
        String region,
        String sourceFile) {

    public TaskRecord {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(docId, "docId");
        if (!taskId.equals(idOf(docId, taskNumber))) {
            throw new IllegalArgumentException("taskId " + taskId + " is not " + idOf(docId, taskNumber));
        }
        section = section == null ? "" : section;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        leadAgencies = List.copyOf(leadAgencies);
        cooperatingAgencies = List.copyOf(cooperatingAgencies);
        implementingAgencies = List.copyOf(implementingAgencies);
        leadCanonical = List.copyOf(leadCanonical);
        cooperatingCanonical = List.copyOf(cooperatingCanonical);
        implementingCanonical = List.copyOf(implementingCanonical);
    }

    public static String idOf(String docId, int taskNumber) {
        return docId + "#" + taskNumber;
    }

    /** Agencies of one role as written. */
    public List<String> agencies(Role role) {
        return switch (role) {
            case LEAD -> leadAgencies;
            case COOPERATING -> cooperatingAgencies;
            case IMPLEMENTING -> implementingAgencies;
        };
    }

    /** Canonical names of one role. */
    public List<String> canonical(Role role) {
        return switch (role) {
            case LEAD -> leadCanonical;
            case COOPERATING -> cooperatingCanonical;
            case IMPLEMENTING -> implementingCanonical;
        };
    }
}
