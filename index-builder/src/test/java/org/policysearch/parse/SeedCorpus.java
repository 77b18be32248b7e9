package org.policysearch.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policysearch.agency.AgencyRegistry;

/** The repository's corpus/ folder and everything the parser reads from it, parsed once. */
public final class SeedCorpus {

    private static List<ParsedFile> parsed;

    private SeedCorpus() {
    }

    /** corpus/ of the repository, found from the module folder the tests run in. */
    public static Path path() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("corpus")) && Files.exists(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("index-builder"))) {
                return dir.resolve("corpus");
            }
        }
        throw new IllegalStateException("no corpus/ above " + Path.of("").toAbsolutePath());
    }

    /** The regular files directly in corpus/, in name order. */
    public static List<Path> files() throws IOException {
        try (var files = Files.list(path())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Every line of {@link #files()}, in order: real text for the analysis tests. */
    public static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : files()) {
            lines.addAll(Files.readAllLines(file));
        }
        return lines;
    }

    public static synchronized List<ParsedFile> parsed() throws Exception {
        if (parsed == null) {
            CorpusReader reader = new CorpusReader(AgencyRegistry.bundled());
            List<ParsedFile> files = new ArrayList<>();
            for (Path file : reader.files(path())) {
                files.add(reader.read(path(), file));
            }
            parsed = List.copyOf(files);
        }
        return parsed;
    }
}
