package org.folkmoot.assemblies.internal.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.folkmoot.api.sortition.Target;

/**
 * Registrations against targets, for officers while letters can still be sent: for each target,
 * how many registered with that value and whether the group is short. A group is short when fewer
 * people registered than {@link #COVER} times its minimum: selection needs several candidates
 * for each place to be fair, not just enough to fill it.
 */
public final class PoolView {
    /** Registrations wanted per place at least, before a group is no longer short. */
    public static final int COVER = 3;

    private PoolView() {
    }

    /** One row of the view. */
    public record Row(String category, String value, int min, int max, int registered, int wanted, boolean isShort) {
    }

    /** @param pool each registered person's answers, category to value */
    public static List<Row> rows(List<Target> targets, List<Map<String, String>> pool) {
        List<Row> rows = new ArrayList<>();
        for (Target t : targets) {
            int registered = (int) pool.stream().filter(a -> t.value().equals(a.get(t.category()))).count();
            int wanted = Math.max(t.min() * COVER, t.min());
            rows.add(new Row(t.category(), t.value(), t.min(), t.max(), registered, wanted, registered < wanted));
        }
        return rows;
    }
}
