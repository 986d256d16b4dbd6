package org.folkmoot.api.sortition;

import java.util.List;

/**
 * Whether some panel meets the targets and, if none does, the smallest relaxation (fewest places
 * moved, summed over all targets) within each target's {@code minFlex}/{@code maxFlex}.
 *
 * @param feasible true when the targets can be met as they are (then {@code changes} is empty)
 * @param changes  the targets to move, and how far; empty with {@code feasible} false when even
 *                 the full flex does not help
 * @since 1.2
 */
public record QuotaRelaxation(boolean feasible, List<TargetChange> changes) {
    public QuotaRelaxation {
        changes = List.copyOf(changes);
    }
}
