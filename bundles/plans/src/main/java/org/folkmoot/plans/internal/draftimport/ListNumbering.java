package org.folkmoot.plans.internal.draftimport;

import java.util.HashMap;
import java.util.Map;

/**
 * Which lists of a document are numbered, and the next number of each: a list item's marker as text, "1. " for a
 * numbered item and "- " for a bulleted one, indented two spaces a level. Lists are named as the format names them
 * (a DOCX numId, an ODT list style); levels count from 0.
 */
final class ListNumbering {

    private final Map<String, Map<Integer, Integer>> starts = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();

    /** Declares that level {@code level} of list {@code list} is numbered from {@code start}. */
    void numbered(String list, int level, int start) {
        starts.computeIfAbsent(list, l -> new HashMap<>()).put(level, start);
    }

    /** The marker of the next item of the list at that level; deeper levels start again. */
    String marker(String list, int level) {
        int depth = Math.max(0, Math.min(8, level));
        String indent = "  ".repeat(depth);
        Integer start = list == null ? null : starts.getOrDefault(list, Map.of()).get(depth);
        int[] counter = counters.computeIfAbsent(String.valueOf(list), l -> new int[9]);
        for (int deeper = depth + 1; deeper < counter.length; deeper++) {
            counter[deeper] = 0;
        }
        if (start == null) {
            return indent + "- ";
        }
        counter[depth] = counter[depth] == 0 ? start : counter[depth] + 1;
        return indent + counter[depth] + ". ";
    }

    /** Numbering of the list starts again (an ODT list that does not continue the previous one). */
    void restart(String list) {
        counters.remove(String.valueOf(list));
    }

    static int number(String value, int otherwise) {
        try {
            return Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
