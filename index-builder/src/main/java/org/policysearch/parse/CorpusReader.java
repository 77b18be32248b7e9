package org.policysearch.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.export.Json;
import org.policysearch.task.TaskRecord;

/** Reads a corpus folder: which files it holds, and each file as documents and tasks. */
public final class CorpusReader {

    /** Notices are plain-text files; anything else in the folder (sidecars, notes) is not one. */
    public static final String NOTICE_SUFFIX = ".txt";

    private static final ObjectMapper SIDECARS = Json.newMapper();

    private final NoticeParser parser;
    /** Each corpus folder's document ids, from its latest listing. */
    private final Map<Path, DocumentIds> ids = new ConcurrentHashMap<>();

    public CorpusReader(AgencyRegistry registry) {
        this.parser = new NoticeParser(registry);
    }

    /**
     * The notice files below {@code corpusDir} (not sidecars or notes), in a stable order. The
     * folder's document ids are taken from this listing, so a build walks its corpus once.
     */
    public List<Path> files(Path corpusDir) throws IOException {
        List<Path> files = list(corpusDir);
        ids.put(key(corpusDir), documentIds(corpusDir, files));
        return files;
    }

    private static List<Path> list(Path corpusDir) throws IOException {
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
        String sourceFile = sourceFile(corpusDir, file);
        DocumentIds docIds = idsOf(corpusDir);
        String idBase = docIds.base(sourceFile);
        Optional<String> owner = docIds.otherFile(idBase, sourceFile);
        if (owner.isPresent()) {
            return ParsedFile.skipped(new Problem(sourceFile, 0, "its documents would take the id " + idBase
                    + " of " + owner.get() + "; rename one of the two files"));
        }
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
        Path sidecarPath = file.resolveSibling(withoutSuffix(file.getFileName().toString()) + Sidecar.SUFFIX);
        Sidecar sidecar = null;
        List<Problem> sidecarProblems = new ArrayList<>();
        if (Files.exists(sidecarPath)) {
            try {
                sidecar = SIDECARS.readValue(sidecarPath.toFile(), Sidecar.class);
            } catch (IOException e) {
                sidecarProblems.add(new Problem(sourceFile(corpusDir, sidecarPath), 0,
                        "sidecar ignored, not valid JSON of title, issuer, docNumber, date (yyyy-mm-dd), year, region, source, url: "
                                + e.getMessage().lines().findFirst().orElse("")));
            }
        }
        try {
            ParsedFile parsed = parser.parse(sourceFile, idBase, decoded.text(), sidecar);
            List<Problem> problems = new ArrayList<>(sidecarProblems);
            problems.addAll(parsed.problems());
            return withoutOthersIds(parsed, docIds, problems);
        } catch (RuntimeException e) {
            return ParsedFile.skipped(new Problem(sourceFile, 0, "could not be parsed (" + e + "); please report this file"));
        }
    }

    /**
     * The file's documents but those whose id another file's documents take (a part of a file of
     * several documents, {@code gazette-1}, beside a file named {@code gazette-1.txt}), each noted.
     */
    private static ParsedFile withoutOthersIds(ParsedFile parsed, DocumentIds docIds, List<Problem> problems) {
        List<Notice> notices = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (Notice notice : parsed.notices()) {
            Optional<String> other = docIds.otherFile(notice.docId(), parsed.sourceFile());
            if (other.isPresent()) {
                problems.add(new Problem(parsed.sourceFile(), 0, "document " + notice.docId() + " skipped: "
                        + other.get() + " has that id; rename one of the two files"));
            } else {
                notices.add(notice);
                kept.add(notice.docId());
            }
        }
        List<TaskRecord> tasks = parsed.tasks().stream().filter(task -> kept.contains(task.docId())).toList();
        return new ParsedFile(parsed.sourceFile(), notices, tasks, problems, null, parsed.unknownAgencies());
    }

    /** A notice file's path or name without {@link #NOTICE_SUFFIX}. */
    static String withoutSuffix(String noticeFile) {
        return noticeFile.endsWith(NOTICE_SUFFIX)
                ? noticeFile.substring(0, noticeFile.length() - NOTICE_SUFFIX.length()) : noticeFile;
    }

    private static String sourceFile(Path corpusDir, Path file) {
        return corpusDir.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The corpus's document ids, from its last listing, or listed now when a file is read unlisted;
     * when the folder cannot be listed, each file's name, as a lone file's.
     */
    private DocumentIds idsOf(Path corpusDir) {
        return ids.computeIfAbsent(key(corpusDir), dir -> {
            try {
                return documentIds(dir, list(dir));
            } catch (IOException e) {
                return DocumentIds.of(List.of());
            }
        });
    }

    private static DocumentIds documentIds(Path corpusDir, List<Path> files) {
        return DocumentIds.of(files.stream().map(file -> sourceFile(corpusDir, file)).toList());
    }

    private static Path key(Path corpusDir) {
        return corpusDir.toAbsolutePath().normalize();
    }
}
