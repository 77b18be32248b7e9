package org.policysearch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.export.ExportFormat;
import org.policysearch.export.TaskRecordWriter;
import org.policysearch.parse.CorpusReader;
import org.policysearch.parse.ParsedFile;
import org.policysearch.task.TaskRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code extract}: every task of the corpus as one record on stdout, a summary on stderr. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Write every task of the corpus to stdout, one record per task (SPEC §2 fields).")
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CorpusOption corpus;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "jsonl, csv, or excel (CSV with a BOM and formula cells neutralised). Default: ${DEFAULT-VALUE}.")
    private String format;

    /** Where records go; stdout unless a test sets it. */
    private final OutputStream out;

    public ExtractCommand() {
        this(System.out);
    }

    ExtractCommand(OutputStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        CorpusReader reader = new CorpusReader(AgencyRegistry.bundled());
        List<Path> files;
        try {
            files = reader.files(corpus.folder());
        } catch (NoSuchFileException e) {
            err.println(corpus.missing("extract"));
            return ExitCodes.FAILURE;
        }
        CorpusSummary summary = new CorpusSummary();
        try (TaskRecordWriter writer = TaskRecordWriter.open(exportFormat, out)) {
            for (Path file : files) {
                ParsedFile parsed = reader.read(corpus.folder(), file);
                summary.add(parsed, err);
                for (TaskRecord task : parsed.tasks()) {
                    writer.write(task);
                }
            }
            writer.flush();
        }
        err.println(summary.line((System.nanoTime() - start) / 1e9));
        err.flush();
        return ExitCodes.OK;
    }
}
