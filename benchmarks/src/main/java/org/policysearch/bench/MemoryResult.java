package org.policysearch.bench;

/** The serve process's memory after a load run: heap after a full GC, and resident size. */
public record MemoryResult(String xmx, long heapUsedAfterGcMb, long heapCommittedMb, long rssMb) {
}
