package org.policysearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code policy-search} launcher: one command line for index, extract and serve. */
@Command(name = "policy-search", mixinStandardHelpOptions = true, version = "policy-search 0.1.0",
        description = "Full-text search over Chinese government policy notices, task by task.",
        subcommands = {IndexCommand.class, ExtractCommand.class, ServeCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run it in-process. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        return commandLine
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof CommandLine.ParameterException usage) {
                        // Options a command can only check once it runs are still usage errors.
                        String[] args = parsed.originalArgs().toArray(String[]::new);
                        return commandLine.getParameterExceptionHandler().handleParseException(usage, args);
                    }
                    cmd.getErr().println("policy-search: " + e.getMessage());
                    return ExitCodes.FAILURE;
                });
    }
}
