package org.policysearch.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.policysearch.agency.AgencyRegistry;

/** Reads a corpus folder: which files it holds, and each file as documents and tasks. */
public final class CorpusReader {

    private final AgencyRegistry registry;

    public CorpusReader(AgencyRegistry registry) {
        this.registry = registry;
    }

    /** The notice files below {@code corpusDir} (not sidecars or notes), in a stable order. */
    public List<Path> files(Path corpusDir) throws IOException {
        if (!Files.isDirectory(corpusDir)) {
            throw new NoSuchFileException(corpusDir.toString(), null, "corpus folder does not exist");
        }
        try (Stream<Path> walk = Files.walk(corpusDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Parses one file; never throws for bad content, which is reported in the result. Thread-safe. */
    public ParsedFile read(Path corpusDir, Path file) {
        throw new UnsupportedOperationException("parser lands with issue 2");
    }
}
