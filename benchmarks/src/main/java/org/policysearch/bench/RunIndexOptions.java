package org.policysearch.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which index an earlier run built: shared by {@code bin/benchmark http} and {@code compare}. */
final class RunIndexOptions {

    @Option(names = "--size", defaultValue = "1GB", description = "archive size whose index is used (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--threads", defaultValue = "2", description = "threads the index was built with (default: ${DEFAULT-VALUE})")
    int threads;

    /** The index's root under the run's work folder: {@code var/bench/index-1GB-s42-t2}. */
    Path index(ArchiveOptions archive) {
        return archive.path("index", size, "-t" + threads);
    }
}
