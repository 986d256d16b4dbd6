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

    static String panel(Selections.Selection s) {
        StringBuilder csv = new StringBuilder("id\n");
        s.panel().forEach(p -> csv.append(p).append('\n'));
        return csv.toString();
    }
}
