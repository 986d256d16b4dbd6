package org.folkmoot.assemblies.internal.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.folkmoot.api.sortition.DrawnPanel;
import org.folkmoot.api.sortition.PanelLottery;
import org.folkmoot.api.sortition.QuotaRelaxation;
import org.folkmoot.api.sortition.SelectionRequest;
import org.folkmoot.api.sortition.SortitionService;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.api.sortition.Volunteer;
import org.folkmoot.api.sortition.WeightedPanel;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.folkmoot.assemblies.internal.store.Selections;
import org.folkmoot.assemblies.internal.store.Selections.Selection;

/**
 * Runs one selection round through the {@link SortitionService}: the pool as volunteers under their
 * pseudonyms (one household each code), a check that the targets can be met (else the closest
 * relaxation is kept for the officer), the lottery, the draw with the round's seed, and the
 * result kept. A replacement round fills the places of members who left, keeping the quotas.
 * Each step is recorded as the round's stage, which the officers' page shows as progress.
 */
public final class SelectionRunner {
    private final AssemblyStore store;
    private final SortitionService sortition;

    public SelectionRunner(AssemblyStore store, SortitionService sortition) {
        this.store = store;
        this.sortition = sortition;
    }

    public void run(String assemblyId, int round) {
        Selections selections = store.selections();
        Selection s = selections.round(assemblyId, round).orElse(null);
        if (s == null || !s.isWorking()) {
            return; // already done (a job delivered twice) or gone
        }
        try {
            selections.stage(assemblyId, round, "pool");
            List<Target> targets = store.assemblies().targets(assemblyId);
            Set<String> inPool = new HashSet<>(s.pool());
            List<Volunteer> pool = new ArrayList<>();
            for (Person p : store.registrations().people(assemblyId)) {
                if (inPool.contains(p.id())) {
                    pool.add(volunteer(p, targets));
                }
            }
            int panelSize = store.assemblies().find(assemblyId).orElseThrow().panelSize();
            if (round == 1) {
                SelectionRequest request = new SelectionRequest(targets, pool, panelSize, s.algorithm());
                selections.stage(assemblyId, round, "targets");
                if (!feasible(assemblyId, round, request)) {
                    return;
                }
                selections.stage(assemblyId, round, "lottery");
                PanelLottery lottery = sortition.select(request);
                selections.stage(assemblyId, round, "draw");
                finish(assemblyId, round, lottery, sortition.draw(lottery, s.seed()));
            } else {
                replace(s, targets, pool, panelSize);
            }
        } catch (IllegalArgumentException e) {
            selections.fail(assemblyId, round, Outcome.problem(e.getMessage(), List.of()));
        }
    }

    private void replace(Selection s, List<Target> targets, List<Volunteer> pool, int panelSize) {
        Selections selections = store.selections();
        List<Selections.Member> members = selections.members(s.assemblyId());
        Set<String> replacedBefore = new HashSet<>();
        for (Selection earlier : selections.rounds(s.assemblyId())) {
            if (earlier.round() < s.round() && earlier.isDone()) {
                replacedBefore.addAll(earlier.replaced());
            }
        }
        List<String> panel = new ArrayList<>();
        for (Selections.Member m : members) {
            if (!m.status().leaves() || s.replaced().contains(m.pseudonym())) {
                panel.add(m.pseudonym());
            }
        }
        // Nobody drawn before comes back: earlier drop-outs leave the pool for good.
        List<Volunteer> stillInPool = pool.stream().filter(v -> !replacedBefore.contains(v.id())).toList();
        SelectionRequest original = new SelectionRequest(targets, stillInPool, panelSize, s.algorithm());
        selections.stage(s.assemblyId(), s.round(), "lottery");
        PanelLottery lottery = sortition.replacements(original, panel, s.replaced());
        selections.stage(s.assemblyId(), s.round(), "draw");
        finish(s.assemblyId(), s.round(), lottery, sortition.draw(lottery, s.seed()));
    }

    private boolean feasible(String assemblyId, int round, SelectionRequest request) {
        QuotaRelaxation relaxation = sortition.relaxation(request);
        if (relaxation.feasible()) {
            return true;
        }
        store.selections().fail(assemblyId, round, Outcome.problem("infeasible", relaxation.changes()));
        return false;
    }

    private void finish(String assemblyId, int round, PanelLottery lottery, DrawnPanel drawn) {
        store.selections().finish(assemblyId, round, new LinkedHashMap<>(lottery.probabilities()), distribution(lottery),
                drawn.memberIds(), drawn.panelIndex(), lottery.minProbability());
    }

    /** Everyone's answers to the target categories, under their pseudonym, with their household. */
    public static Volunteer volunteer(Person p, List<Target> targets) {
        Map<String, String> features = new LinkedHashMap<>();
        for (Target t : targets) {
            String v = p.answers().get(t.category());
            if (v != null) {
                features.put(t.category(), v);
            }
        }
        return new Volunteer(p.pseudonym(), features, p.householdCode());
    }

    /** The lottery as {@code bin/folkmoot select} writes distribution.csv: panel, probability (12 places), members. */
    public static String distribution(PanelLottery lottery) {
        StringBuilder csv = new StringBuilder("panel,probability,members\n");
        int n = 1;
        for (WeightedPanel p : lottery.panels()) {
            csv.append(n++).append(',')
                    .append(BigDecimal.valueOf(p.probability()).setScale(12, RoundingMode.HALF_EVEN).toPlainString())
                    .append(',').append(String.join(" ", p.memberIds())).append('\n');
        }
        return csv.toString();
    }
}
