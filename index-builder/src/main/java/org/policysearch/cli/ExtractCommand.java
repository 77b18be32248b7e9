package org.policysearch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "extract")
public final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCodes.FAILURE;
    }
}
