package org.folkmoot.plans.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page kit's pagination for a list split into pages ({@code ?page=N}): previous and next links
 * and numbered items, the first, the last and two either side of the current one, with ellipses.
 */
public record Pagination(String previousHref, String nextHref, List<Map<String, Object>> items) {

    public static Pagination of(String base, int current, int pages) {
        if (pages <= 1) {
            return new Pagination("", "", List.of());
        }
        List<Map<String, Object>> items = new ArrayList<>();
        boolean gap = false;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - current) <= 2) {
                items.add(Map.of("number", n, "href", href(base, n), "current", n == current));
                gap = false;
            } else if (!gap) {
                items.add(Map.of("ellipsis", true));
                gap = true;
            }
        }
        return new Pagination(current > 1 ? href(base, current - 1) : "", current < pages ? href(base, current + 1) : "",
                items);
    }

    /** Without a fragment: the template adds the page's language first (its {@code url()}), then {@code #comments}. */
    private static String href(String base, int n) {
        return base + "?page=" + n;
    }
}
