package org.policysearch.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policysearch.task.Role;

/**
 * Reads a scraped page whose paragraphs came out duplicated and shuffled. Only what the scrape
 * cannot have separated is trusted: a clause and the item label right after it on the same line
 * were one run of the original page (…（责任单位：自治区商务厅、…）6.培育发展新动能。), so that clause
 * belongs to the item before 6, and a label keeps its heading sentence. Which body sentences
 * belong to which item cannot be known; they stay in the document text only, and agencies are
 * never guessed.
 */
public final class ScrapeReader {

    /** A sentence long enough that repeating it is a scrape artefact, not style. */
    private static final int MIN_SENTENCE = 20;
    private static final int MIN_REPEATED = 5;
    /**
     * Starts only where a run begins (after 。, a bracket, a line end or at the start) and never
     * gives back: a run too short or not ended by 。 was otherwise rescanned from each of its characters.
     */
    private static final Pattern SENTENCE = Pattern.compile("(?<![^。()\\n])[^。()\\n]{" + MIN_SENTENCE + ",}+。");

    private ScrapeReader() {
    }

    /** Whether the text repeats whole sentences the way a duplicated, shuffled scrape does. */
    public static boolean isShuffledScrape(String foldedText) {
        Map<String, Integer> counts = new HashMap<>();
        int repeated = 0;
        int sentences = 0;
        for (Matcher m = SENTENCE.matcher(foldedText); m.find(); ) {
            sentences++;
            if (counts.merge(m.group(), 1, Integer::sum) == 2) {
                repeated++;
            }
        }
        return repeated >= MIN_REPEATED && repeated * 10 >= sentences;
    }

    public static ItemReader.Result read(List<Block> blocks, String sourceFile) {
        List<Problem> problems = new ArrayList<>();
        Map<Integer, Block> headings = new TreeMap<>();
        Map<Integer, String> sectionStarts = new TreeMap<>();
        Map<Integer, List<AgencyClause>> clauses = new HashMap<>();
        Map<Integer, Integer> clauseLines = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Marker marker = block.marker();
            if (marker != null && marker.style() == Marker.Style.ARABIC_DOT) {
                headings.putIfAbsent(marker.number(), block);
            }
            Block next = sameLine(blocks, i, 1);
            Marker nextMarker = next == null ? null : next.marker();
            if (marker != null && marker.style() == Marker.Style.CHINESE_COMMA
                    && nextMarker != null && nextMarker.style() == Marker.Style.ARABIC_DOT) {
                sectionStarts.putIfAbsent(nextMarker.number(), ItemReader.heading(block.text()));
            }
            AgencyClause clause = AgencyClause.find(block.text());
            if (clause == null || clause.cutOff() || clause.end() < block.text().stripTrailing().length()) {
                continue;
            }
            Block after = nextMarker != null && nextMarker.style() == Marker.Style.CHINESE_COMMA
                    ? sameLine(blocks, i, 2) : next;
            Marker following = after == null ? null : after.marker();
            if (following != null && following.style() == Marker.Style.ARABIC_DOT && following.number() > 1) {
                int owner = following.number() - 1;
                clauses.computeIfAbsent(owner, k -> new ArrayList<>()).add(clause);
                clauseLines.putIfAbsent(owner, block.line());
            }
        }
        List<Integer> numbers = new ArrayList<>(new TreeMap<>(headings).keySet());
        clauses.keySet().stream().filter(n -> !headings.containsKey(n)).forEach(numbers::add);
        numbers.sort(Integer::compare);
        List<TaskDraft> tasks = new ArrayList<>();
        for (int number : numbers) {
            Block heading = headings.get(number);
            String title = heading == null ? "" : title(heading);
            String label = heading == null ? number + "." : heading.marker().label();
            int line = heading != null ? heading.line() : clauseLines.get(number);
            if (heading == null) {
                problems.add(new Problem(sourceFile, line, "task " + number
                        + ": heading missing from the scrape; only its agency clause is known"));
            }
            tasks.add(new TaskDraft(number, label, section(sectionStarts, number), title, "",
                    agencies(clauses.get(number), number, sourceFile, line, problems), line));
        }
        problems.add(new Problem(sourceFile, 0, "duplicated and shuffled scrape: tasks carry their heading "
                + "and the agency clause that precedes the next heading; body sentences cannot be placed "
                + "and are kept in the document text only"));
        return new ItemReader.Result(tasks, problems);
    }

    private static Block sameLine(List<Block> blocks, int i, int ahead) {
        int j = i + ahead;
        return j < blocks.size() && blocks.get(j).line() == blocks.get(i).line() ? blocks.get(j) : null;
    }

    private static String title(Block heading) {
        String text = heading.text().strip().substring(heading.marker().label().length()).strip();
        return ItemReader.heading(text);
    }

    /** Sections cover the task numbers from their first task to the next section's first task. */
    private static String section(Map<Integer, String> sectionStarts, int number) {
        String section = "";
        for (var entry : sectionStarts.entrySet()) {
            if (entry.getKey() <= number) {
                section = entry.getValue();
            }
        }
        return section;
    }

    private static Map<Role, List<String>> agencies(List<AgencyClause> found, int number, String sourceFile,
                                                    int line, List<Problem> problems) {
        Map<Role, List<String>> units = new EnumMap<>(Role.class);
        if (found == null) {
            return units;
        }
        boolean agree = found.stream().allMatch(c -> c.agencies().equals(found.get(0).agencies()));
        if (!agree) {
            problems.add(new Problem(sourceFile, line, "task " + number
                    + ": the scrape gives it different agency clauses; none is used"));
            return units;
        }
        units.putAll(found.get(0).agencies());
        return units;
    }
}
