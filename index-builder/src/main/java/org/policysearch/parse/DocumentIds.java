package org.policysearch.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The document ids of one corpus, unique across it: an id names one document, and the index keeps
 * one entry per id, so two files whose documents shared an id would keep only one of them. A file's
 * documents take its name without {@code .txt} ({@code -1}, {@code -2} … when it holds several);
 * files that share a name in different folders take their path in the corpus instead, folders
 * joined by {@value #FOLDER_JOINER} ({@code 2019/notice.txt} → {@code 2019~notice}), a character
 * that needs no escaping in a URL. What still collides (a file named {@code 2019~notice.txt} beside
 * that folder, or {@code gazette-1.txt} beside a {@code gazette.txt} of several documents) is refused
 * with the other file named, never silently replaced.
 */
public final class DocumentIds {

    static final String FOLDER_JOINER = "~";

    /** The id base of each listed file, by its path in the corpus. */
    private final Map<String, String> baseOf = new HashMap<>();
    /** The listed file whose documents take each base. */
    private final Map<String, String> fileOf = new HashMap<>();

    private DocumentIds() {
    }

    /** @param sourceFiles the corpus's files, paths relative to it with {@code /}, in a stable order */
    static DocumentIds of(List<String> sourceFiles) {
        Map<String, Integer> named = new HashMap<>();
        sourceFiles.forEach(file -> named.merge(stem(file), 1, Integer::sum));
        DocumentIds ids = new DocumentIds();
        for (String file : sourceFiles) {
            String stem = stem(file);
            String base = named.get(stem) == 1 ? stem : CorpusReader.withoutSuffix(file).replace("/", FOLDER_JOINER);
            ids.baseOf.put(file, base);
            ids.fileOf.putIfAbsent(base, file);
        }
        return ids;
    }

    /** The base of a file's document ids; a file that was not listed takes its name. */
    String base(String sourceFile) {
        return baseOf.getOrDefault(sourceFile, stem(sourceFile));
    }

    /** The file other than {@code sourceFile} whose documents take {@code docId}, if any. */
    Optional<String> otherFile(String docId, String sourceFile) {
        String owner = fileOf.get(docId);
        return owner == null || owner.equals(sourceFile) ? Optional.empty() : Optional.of(owner);
    }

    /** The file name without {@code .txt} nor folders. */
    private static String stem(String sourceFile) {
        String name = CorpusReader.withoutSuffix(sourceFile);
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
