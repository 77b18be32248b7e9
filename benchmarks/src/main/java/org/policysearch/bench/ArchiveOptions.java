package org.policysearch.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which generated archive, and where bin/benchmark keeps it: shared by the run and its partial commands. */
final class ArchiveOptions {

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--work", defaultValue = "var/bench",
            description = "archives, task tables, indexes, databases (default: ${DEFAULT-VALUE})")
    Path work;

    /** The file or folder of one kind for one size: {@code var/bench/tasks-100MB-s42.tsv}. */
    Path path(String kind, String size, String suffix) {
        return work.resolve(Settings.name(kind, size, seed) + suffix);
    }
}
