package org.folkmoot.sortition.internal.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replacement targets for members who drop out: the places to fill are the drop-outs, the pool
 * is everyone not drawn (minus anyone sharing an address with a member who stays), and each
 * target is reduced by the members who stay.
 */
public final class Replacements {
    private Replacements() {
    }

    /** The problem of drawing {@code dropouts.size()} replacements; solve it like any other. */
    public static Problem problem(List<Quota> quotas, List<Respondent> pool, List<String> panel, List<String> dropouts) {
        Set<String> onPanel = new HashSet<>(panel);
        Set<String> leaving = new HashSet<>(dropouts);
        for (String d : leaving) {
            if (!onPanel.contains(d)) {
                throw new SortitionInputException("'" + d + "' dropped out but is not on the panel.");
            }
        }
        if (leaving.isEmpty()) {
            throw new SortitionInputException("Nobody dropped out: there is nothing to replace.");
        }
        Map<String, Integer> stayingCount = new HashMap<>();
        Set<String> stayingHomes = new HashSet<>();
        List<Respondent> remaining = new ArrayList<>();
        for (Respondent r : pool) {
            if (onPanel.contains(r.id())) {
                if (!leaving.contains(r.id())) {
                    for (Map.Entry<String, String> e : r.features().entrySet()) {
                        stayingCount.merge(e.getKey() + "\u0000" + e.getValue(), 1, Integer::sum);
                    }
                    if (r.household() != null) {
                        stayingHomes.add(r.household());
                    }
                }
            }
        }
        for (Respondent r : pool) {
            if (!onPanel.contains(r.id()) && (r.household() == null || !stayingHomes.contains(r.household()))) {
                remaining.add(r);
            }
        }
        List<Quota> reduced = new ArrayList<>();
        for (Quota q : quotas) {
            int kept = stayingCount.getOrDefault(q.category() + "\u0000" + q.feature(), 0);
            int max = Math.max(0, q.max() - kept);
            int min = Math.min(Math.max(0, q.min() - kept), max);
            int maxFlex = q.maxFlex() == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(max, q.maxFlex() - kept);
            reduced.add(new Quota(q.category(), q.feature(), min, max, Math.min(min, Math.max(0, q.minFlex() - kept)),
                    maxFlex));
        }
        return new Problem(reduced, remaining, leaving.size());
    }
}
