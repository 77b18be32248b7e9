package org.policysearch.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.agency.AgencyResolver;
import org.policysearch.task.Role;
import org.policysearch.task.TaskRecord;
import org.policysearch.text.TextFolding;

/** Parses one decoded file into its documents and their tasks. Thread-safe. */
public final class NoticeParser {

    private final AgencyResolver resolver;

    public NoticeParser(AgencyRegistry registry) {
        this.resolver = new AgencyResolver(registry);
    }

    /**
     * @param sourceFile the path relative to the corpus folder, as reported
     * @param idBase     what the document ids are made of ({@link DocumentIds}): the file name without extension
     * @param sidecar    the file's sidecar, or null
     */
    public ParsedFile parse(String sourceFile, String idBase, String text, Sidecar sidecar) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<DocumentSplitter.Span> spans = DocumentSplitter.split(lines);
        List<Notice> notices = new ArrayList<>();
        List<TaskRecord> tasks = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (int k = 0; k < spans.size(); k++) {
            DocumentSplitter.Span span = spans.get(k);
            List<String> docLines = lines.subList(span.start(), span.end());
            String folded = TextFolding.fold(String.join("\n", docLines));
            NoticeMetadata meta = NoticeMetadata.read(docLines, folded, span, span.start());
            if (sidecar != null) {
                meta = sidecar.fill(meta, spans.size() == 1);
            }
            boolean scrape = ScrapeReader.isShuffledScrape(folded);
            List<Block> blocks = BlockReader.read(docLines, span.start() + 1, meta.lines(), scrape);
            ItemReader.Result items = scrape ? ScrapeReader.read(blocks, sourceFile) : ItemReader.read(blocks, sourceFile);
            problems.addAll(items.problems());
            String docId = spans.size() == 1 ? idBase : idBase + "-" + (k + 1);
            if (items.tasks().isEmpty()) {
                problems.add(new Problem(sourceFile, span.start() + 1, "document " + docId + " has no numbered tasks"));
            }
            if (meta.year() == null) {
                problems.add(new Problem(sourceFile, span.start() + 1, "document " + docId
                        + ": no date or year in the text; add a sidecar " + Sidecar.besides(sourceFile)));
            }
            for (TaskDraft draft : items.tasks()) {
                tasks.add(record(draft, docId, meta, sourceFile, unknown, problems));
            }
            notices.add(new Notice(docId, meta.title(), meta.issuer(), meta.docNumber(), meta.date(), meta.year(),
                    meta.region(), sourceFile, documentText(blocks), items.tasks().size()));
        }
        return new ParsedFile(sourceFile, notices, tasks, problems, null, List.copyOf(unknown));
    }

    private TaskRecord record(TaskDraft draft, String docId, NoticeMetadata meta, String sourceFile,
                              Set<String> unknown, List<Problem> problems) {
        Map<Role, AgencyResolver.Resolved> agencies = resolver.resolve(draft.units(), meta.region());
        for (AgencyResolver.Resolved resolved : agencies.values()) {
            for (String name : resolved.unknown()) {
                if (unknown.add(name)) {
                    problems.add(new Problem(sourceFile, draft.line(), "agency not in the registry: " + name));
                }
            }
        }
        return new TaskRecord(TaskRecord.idOf(docId, draft.number()), docId, draft.number(), draft.label(),
                draft.section(), draft.title(), draft.text(),
                agencies.get(Role.LEAD).written(), agencies.get(Role.COOPERATING).written(),
                agencies.get(Role.IMPLEMENTING).written(),
                agencies.get(Role.LEAD).canonical(), agencies.get(Role.COOPERATING).canonical(),
                agencies.get(Role.IMPLEMENTING).canonical(),
                meta.title(), meta.issuer(), meta.docNumber(), meta.date(), meta.year(), meta.region(), sourceFile);
    }

    /** The document's paragraphs, each once. */
    private static String documentText(List<Block> blocks) {
        return blocks.stream().map(b -> b.text().strip()).distinct().collect(Collectors.joining("\n"));
    }
}
