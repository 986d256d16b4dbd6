package org.folkmoot.assemblies.internal.targets;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.folkmoot.api.sortition.Target;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.Wording;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.Question;

/**
 * Targets an assembly can use: each names one of its questions and an answer of it, each category
 * that has targets covers every answer, min is at most max, and in each category the minimums add
 * up to no more than the panel and the maximums to no less. Every fault is named with its numbers.
 */
public final class TargetsCheck {

    private TargetsCheck() {
    }

    public static List<Target> check(Assembly assembly, List<Target> targets) {
        Map<String, Wording> errors = new LinkedHashMap<>();
        if (targets == null || targets.isEmpty()) {
            throw Refused.of("targets", "assemblies.error.targets.empty");
        }
        Set<String> seen = new HashSet<>();
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (Target t : targets) {
            var question = assembly.question(t.category());
            if (question.isEmpty()) {
                errors.putIfAbsent("targets", Wording.of("assemblies.error.targets.category", t.category()));
                continue;
            }
            if (!question.get().allows(t.value())) {
                errors.putIfAbsent("targets", Wording.of("assemblies.error.targets.value", t.category(), t.value()));
                continue;
            }
            if (!seen.add(t.category() + "\u0000" + t.value())) {
                errors.putIfAbsent("targets", Wording.of("assemblies.error.targets.twice", t.category(), t.value()));
            }
            if (t.min() > t.max() || t.minFlex() > t.min() || t.maxFlex() < t.max()) {
                errors.putIfAbsent("targets", Wording.of("assemblies.error.targets.range", t.category(), t.value(), t.min(), t.max()));
            }
            int[] s = sums.computeIfAbsent(t.category(), c -> new int[2]);
            s[0] += t.min();
            s[1] += t.max();
        }
        for (String category : sums.keySet()) {
            Question q = assembly.question(category).orElseThrow();
            for (Question.Answer a : q.answers()) {
                if (!seen.contains(category + "\u0000" + a.value())) {
                    errors.putIfAbsent("targets", Wording.of("assemblies.error.targets.missing", category, a.value()));
                }
            }
            int[] s = sums.get(category);
            if (s[0] > assembly.panelSize()) {
                errors.putIfAbsent("targets", Wording.of("assemblies.error.targets.over", category, s[0],
                        assembly.panelSize(), s[0] - assembly.panelSize()));
            }
            if (s[1] < assembly.panelSize()) {
                errors.putIfAbsent("targets", Wording.of("assemblies.error.targets.under", category, s[1],
                        assembly.panelSize(), assembly.panelSize() - s[1]));
            }
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        return List.copyOf(targets);
    }
}
