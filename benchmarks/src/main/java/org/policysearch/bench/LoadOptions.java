package org.policysearch.bench;

import java.util.List;
import picocli.CommandLine.Option;

/** How serve is loaded with wrk: shared by the run and {@code bin/benchmark http}. */
final class LoadOptions {

    @Option(names = "--wrk-seconds", defaultValue = "15", description = "duration of each wrk run (default: ${DEFAULT-VALUE})")
    int wrkSeconds;

    @Option(names = "--connections", split = ",", defaultValue = "16,64",
            description = "wrk connection counts (default: ${DEFAULT-VALUE})")
    List<Integer> connections;

    @Option(names = "--serve-heap", defaultValue = "1g", description = "-Xmx of the serve process (default: ${DEFAULT-VALUE})")
    String serveHeap;
}
