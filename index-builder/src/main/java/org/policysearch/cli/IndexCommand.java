package org.policysearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.index.IndexBuilder;
import org.policysearch.index.IndexLocation;
import org.policysearch.parse.CorpusReader;
import org.policysearch.parse.ParsedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code policy-search index}: parse the corpus and publish a new index build (SPEC §3). */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Parse the corpus and build the search index. A failed build leaves the previous index intact.")
public final class IndexCommand implements Callable<Integer> {

    /** Width of the rendered progress bar line. */
    private static final int BAR_WIDTH = 80;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CorpusOption corpus;

    @Mixin
    private IndexOption index;

    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N",
            description = "Files parsed in parallel (default: the number of processors).")
    void threads(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + n);
        }
        threads = n;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus.folder())) {
            err.println(corpus.missing("index"));
            return ExitCodes.FAILURE;
        }
        Progress progress = new Progress(err);
        IndexBuilder.Summary summary;
        try {
            summary = new IndexBuilder(AgencyRegistry.bundled(), threads, progress).build(
                    IndexBuilder.Source.corpus(new CorpusReader(AgencyRegistry.bundled()), corpus.folder()),
                    new IndexLocation(index.folder()));
        } finally {
            progress.close();
        }
        err.println("indexed " + progress.corpus.line(summary.took().toMillis() / 1000.0) + " into " + summary.index());
        err.flush();
        return ExitCodes.OK;
    }

    /** A progress bar on stderr, with a line above it per skipped file or parse note. */
    private static final class Progress implements IndexBuilder.Listener {
        private final PrintWriter err;
        private final CorpusSummary corpus = new CorpusSummary();
        private ProgressBar bar;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void started(int files) {
            bar = new ProgressBarBuilder()
                    .setTaskName("indexing")
                    .setInitialMax(files)
                    .setUnit(" files", 1)
                    .setConsumer(new DelegatingProgressBarConsumer(this::render, BAR_WIDTH))
                    .build();
        }

        @Override
        public void fileDone(ParsedFile file) {
            synchronized (err) {
                if (file.isSkipped() || !file.problems().isEmpty()) {
                    err.print("\r" + " ".repeat(BAR_WIDTH) + "\r");
                }
                corpus.add(file, err);
                err.flush();
            }
            bar.step();
        }

        private void render(String line) {
            synchronized (err) {
                err.print("\r" + line);
                err.flush();
            }
        }

        void close() {
            if (bar != null) {
                bar.close();
                err.println();
                err.flush();
            }
        }
    }
}
