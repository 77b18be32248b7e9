package org.policysearch.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.export.Json;

/** Reads a corpus folder: which files it holds, and each file as documents and tasks. */
public final class CorpusReader {

    /** Notices are plain-text files; anything else in the folder (sidecars, notes) is not one. */
    public static final String NOTICE_SUFFIX = ".txt";

    private static final ObjectMapper SIDECARS = Json.newMapper();

    private final NoticeParser parser;

    public CorpusReader(AgencyRegistry registry) {
        this.parser = new NoticeParser(registry);
    }

    /** The notice files below {@code corpusDir} (not sidecars or notes), in a stable order. */
    public List<Path> files(Path corpusDir) throws IOException {
        if (!Files.isDirectory(corpusDir)) {
            throw new NoSuchFileException(corpusDir.toString(), null, "corpus folder does not exist");
        }
        try (Stream<Path> walk = Files.walk(corpusDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(NOTICE_SUFFIX))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Parses one file; never throws for bad content, which is reported in the result. Thread-safe. */
    public ParsedFile read(Path corpusDir, Path file) {
        String sourceFile = corpusDir.relativize(file).toString().replace('\\', '/');
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return ParsedFile.skipped(new Problem(sourceFile, 0, "cannot read: " + e.getMessage()));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!decoded.ok()) {
            return ParsedFile.skipped(new Problem(sourceFile, 0, decoded.refusal()));
        }
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - NOTICE_SUFFIX.length());
        Path sidecarPath = file.resolveSibling(stem + Sidecar.SUFFIX);
        Sidecar sidecar = null;
        List<Problem> sidecarProblems = new ArrayList<>();
        if (Files.exists(sidecarPath)) {
            try {
                sidecar = SIDECARS.readValue(sidecarPath.toFile(), Sidecar.class);
            } catch (IOException e) {
                sidecarProblems.add(new Problem(corpusDir.relativize(sidecarPath).toString(), 0,
                        "sidecar ignored, not valid JSON of title, issuer, docNumber, date (yyyy-mm-dd), year, region, source, url: "
                                + e.getMessage().lines().findFirst().orElse("")));
            }
        }
        try {
            ParsedFile parsed = parser.parse(sourceFile, stem, decoded.text(), sidecar);
            if (sidecarProblems.isEmpty()) {
                return parsed;
            }
            List<Problem> problems = new ArrayList<>(sidecarProblems);
            problems.addAll(parsed.problems());
            return new ParsedFile(sourceFile, parsed.notices(), parsed.tasks(), problems, null, parsed.unknownAgencies());
        } catch (RuntimeException e) {
            return ParsedFile.skipped(new Problem(sourceFile, 0, "could not be parsed (" + e + "); please report this file"));
        }
    }
}
