package org.policysearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --corpus}, for every command that reads notices. */
public final class CorpusOption {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder of notices (default: ${DEFAULT-VALUE}).")
    private Path folder;

    public Path folder() {
        return folder;
    }

    /** What {@code command} says when the folder is not there. */
    public String missing(String command) {
        return "policy-search " + command + ": corpus folder " + folder + " does not exist";
    }
}
