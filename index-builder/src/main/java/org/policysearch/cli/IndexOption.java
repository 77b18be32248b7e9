package org.policysearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index}, for every command that writes or reads the index. */
public final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "var/index",
            description = "Index location (default: ${DEFAULT-VALUE}).")
    private Path folder;

    public Path folder() {
        return folder;
    }
}
