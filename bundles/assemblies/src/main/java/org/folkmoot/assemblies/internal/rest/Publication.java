package org.folkmoot.assemblies.internal.rest;

import java.util.Locale;
import java.util.Map;

import org.folkmoot.assemblies.internal.store.Selections;

/**
 * The files a selection publishes, under pseudonyms only: everyone's probability of selection
 * ({@code id,probability}, as {@code bin/folkmoot select} writes probabilities.csv) and the drawn
 * panel. With distribution.csv and the seed anyone can repeat the draw.
 */
final class Publication {
    private Publication() {
    }

    static String probabilities(Selections.Selection s) {
        StringBuilder csv = new StringBuilder("id,probability\n");
        for (Map.Entry<String, Double> e : s.probabilities().entrySet()) {
            csv.append(e.getKey()).append(',').append(String.format(Locale.ROOT, "%.10f", e.getValue())).append('\n');
        }
        return csv.toString();
    }

    /**
     * The smallest chance of selection among those who could be selected at all. In a replacement
     * round the targets are reduced by the members who stay, so people whose answers fill no place
     * left (say men, when only women declined) have no chance, and the round's minimum is 0; this is
     * the figure that says how fair the round was to those it could draw from.
     */
    static double smallestPossible(Selections.Selection s) {
        return s.probabilities().values().stream().mapToDouble(Double::doubleValue).filter(p -> p > 1e-9).min().orElse(0);
    }

    static String panel(Selections.Selection s) {
        StringBuilder csv = new StringBuilder("id\n");
        s.panel().forEach(p -> csv.append(p).append('\n'));
        return csv.toString();
    }
}
