package org.policysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.policysearch.http.HttpConfig;
import org.policysearch.http.Service;
import org.policysearch.index.IndexLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code policy-search serve}: the page and the JSON API over the index, building it first when
 * there is none or when an older version built it. Runs until SIGTERM or Ctrl-C, then stops the
 * server and closes the index.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the search page and the JSON API; builds the index first when there is none"
                + " or an older version built it.")
public final class ServeCommand implements Callable<Integer> {

    /** The subcommand that builds the index, run as the command line would run it. */
    static final String INDEX_COMMAND = "index";
    private static final int MAX_PORT = 65_535;

    @Spec
    private CommandSpec spec;

    @Mixin
    private IndexOption index;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    /** Read when the index must be built first. */
    @Mixin
    private CorpusOption corpus;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "An origin allowed to call the API from a browser (CORS), e.g. https://example.org;"
                    + " repeatable. Default: none, same-origin only.")
    private List<String> allowedOrigins = List.of();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > MAX_PORT) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to " + MAX_PORT + ", not " + port);
        }
        PrintWriter err = spec.commandLine().getErr();
        IndexLocation location = new IndexLocation(index.folder());
        if (!location.hasCurrentSchema()) {
            err.println("policy-search serve: " + (location.hasIndex()
                    ? "the index in " + index.folder() + " was built by an older version"
                    : "no index in " + index.folder()) + "; building it from " + corpus.folder());
            err.flush();
            int built = indexCommand().execute("--corpus", corpus.folder().toString(), "--index", index.folder().toString());
            if (built != ExitCodes.OK) {
                return built;
            }
        }
        Service service = Service.start(index.folder(), port, HttpConfig.defaults().withAllowedOrigins(allowedOrigins));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service, err, stopped), "policy-search-stop"));
        err.println("policy-search serve: serving http://localhost:" + service.port() + "/ from " + index.folder());
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private CommandLine indexCommand() {
        return spec.parent().commandLine().getSubcommands().get(INDEX_COMMAND);
    }

    /** On SIGTERM: finish what is in flight, close the index, say so. */
    private static void stop(Service service, PrintWriter err, CountDownLatch stopped) {
        err.println("policy-search serve: stopping");
        try {
            service.close();
            err.println("policy-search serve: stopped");
        } catch (IOException e) {
            err.println("policy-search serve: closing the index failed: " + e.getMessage());
        } finally {
            err.flush();
            stopped.countDown();
        }
    }
}
