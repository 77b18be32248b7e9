package org.policysearch.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.policysearch.task.Role;

/**
 * Reads the numbered items of a document in reading order. Numbering styles nest (二、 above
 * （一） above 1.); the deepest style the document uses is its task level, and the headings of the
 * styles above it form each task's section. An item runs until the next label of any level.
 */
public final class ItemReader {

    /** The closing address after the last item (各级党委和政府要…) is not part of that item. */
    private static final Pattern CLOSING = Pattern.compile("^(各级|各地|各部门|各有关|自治区各有关|各市、县)[^。]{0,40}要");

    private static final String SECTION_SEPARATOR = " / ";

    /** What a page break leaves of a clause whose rest is on the next page: …产业基地。（责任 */
    private static final Pattern DANGLING_CLAUSE = Pattern.compile("[（(][^（()）]{0,4}$");

    private ItemReader() {
    }

    public record Result(List<TaskDraft> tasks, List<Problem> problems) {
    }

    public static Result read(List<Block> blocks, String sourceFile) {
        List<Problem> problems = new ArrayList<>();
        List<Marker.Style> depthOrder = styleDepths(blocks);
        if (depthOrder.isEmpty()) {
            return new Result(List.of(), problems);
        }
        Marker.Style taskStyle = depthOrder.get(depthOrder.size() - 1);
        boolean headlessIsResponsible = onlyResponsibleLists(blocks);
        TreeMap<Integer, String> sections = new TreeMap<>();
        List<Item> items = new ArrayList<>();
        Item current = null;
        for (Block block : blocks) {
            Marker marker = block.marker();
            if (marker != null && marker.style() == taskStyle) {
                current = new Item(marker, block, String.join(SECTION_SEPARATOR, sections.values()));
                items.add(current);
            } else if (marker != null) {
                int depth = depthOrder.indexOf(marker.style());
                sections.tailMap(depth, true).clear();
                sections.put(depth, heading(block.text()));
                current = null;
            } else if (current != null) {
                String headless = AgencyClause.headless(block.text());
                if (headless != null && headlessIsResponsible && current.headless == null) {
                    current.headless = headless;
                    problems.add(new Problem(sourceFile, block.line(),
                            "agency list lost its label (" + block.text().strip() + "); read as 责任单位"));
                } else {
                    current.blocks.add(block);
                }
            }
        }
        dropClosing(items);
        List<TaskDraft> tasks = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        boolean unique = items.stream().allMatch(item -> numbers.add(item.marker.number()));
        if (!unique) {
            problems.add(new Problem(sourceFile, items.get(0).blocks.get(0).line(),
                    "task numbering restarts within the document; tasks are numbered in reading order"));
        }
        for (int i = 0; i < items.size(); i++) {
            tasks.add(items.get(i).draft(unique ? items.get(i).marker.number() : i + 1, sourceFile, problems));
        }
        return new Result(tasks, problems);
    }

    /** Styles in the order they first appear, which is the order they nest in. */
    private static List<Marker.Style> styleDepths(List<Block> blocks) {
        List<Marker.Style> order = new ArrayList<>();
        for (Block block : blocks) {
            Marker marker = block.marker();
            if (marker != null && !order.contains(marker.style())) {
                order.add(marker.style());
            }
        }
        return order;
    }

    /** A lost label can only be read when every labelled list of the document is a 责任单位 list. */
    private static boolean onlyResponsibleLists(List<Block> blocks) {
        boolean responsible = false;
        for (Block block : blocks) {
            if (block.folded().contains("牵头单位") || block.folded().contains("配合单位")) {
                return false;
            }
            responsible |= block.folded().contains("责任单位");
        }
        return responsible;
    }

    /** A heading as printed, without its closing full stop: 二、重点任务及分工, （一）重大政策. */
    static String heading(String text) {
        String stripped = text.strip();
        int stop = stripped.indexOf('。');
        return stop > 0 ? stripped.substring(0, stop) : stripped;
    }

    private static void dropClosing(List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        List<Block> last = items.get(items.size() - 1).blocks;
        while (last.size() > 1 && CLOSING.matcher(last.get(last.size() - 1).folded().strip()).find()) {
            last.remove(last.size() - 1);
        }
    }

    private static final class Item {
        final Marker marker;
        final List<Block> blocks = new ArrayList<>();
        final String section;
        String headless;

        Item(Marker marker, Block first, String section) {
            this.marker = marker;
            this.section = section;
            blocks.add(first);
        }

        TaskDraft draft(int number, String sourceFile, List<Problem> problems) {
            List<String> parts = new ArrayList<>();
            for (Block block : blocks) {
                parts.add(block.text().strip());
            }
            String first = parts.get(0);
            int labelEnd = first.indexOf(marker.label()) + marker.label().length();
            parts.set(0, first.substring(labelEnd).strip());
            String body = String.join("\n", parts);
            Map<Role, List<String>> units = new EnumMap<>(Role.class);
            AgencyClause clause = AgencyClause.find(body);
            int line = blocks.get(0).line();
            if (clause != null) {
                units.putAll(clause.agencies());
                if (clause.cutOff()) {
                    problems.add(new Problem(sourceFile, line, "task " + marker.label()
                            + ": agency clause cut off; its last, incomplete unit is not used"));
                    dropLastUnit(units);
                }
                body = body.substring(0, clause.start()) + body.substring(clause.end());
            } else if (headless != null) {
                Map<Role, List<String>> byRole = AgencyClause.roles("责任单位:" + headless);
                units.putAll(byRole);
            }
            return split(number, DANGLING_CLAUSE.matcher(body.strip()).replaceFirst("").strip(), units, line);
        }

        /** The heading sentence is the title; the rest of the item is its text. */
        private TaskDraft split(int number, String body, Map<Role, List<String>> units, int line) {
            int stop = body.indexOf('。');
            int newline = body.indexOf('\n');
            String title;
            String text;
            if (newline >= 0 && (stop < 0 || newline < stop)) {
                title = body.substring(0, newline);
                text = body.substring(newline + 1);
            } else if (stop >= 0) {
                title = body.substring(0, stop);
                text = body.substring(stop + 1);
            } else {
                title = body;
                text = "";
            }
            return new TaskDraft(number, marker.label(), section, title.strip(), text.strip(), units, line);
        }

        private static void dropLastUnit(Map<Role, List<String>> units) {
            for (Role role : List.of(Role.IMPLEMENTING, Role.COOPERATING, Role.LEAD)) {
                List<String> list = units.get(role);
                if (list != null && !list.isEmpty()) {
                    List<String> copy = new ArrayList<>(list);
                    copy.remove(copy.size() - 1);
                    units.put(role, copy);
                    return;
                }
            }
        }
    }
}
