package org.folkmoot.api.sortition;

import java.util.List;
import java.util.Map;

/**
 * The lottery to publish before the draw: panels in the order the draw walks them, and each
 * volunteer's probability of selection (in pool order).
 */
public record PanelLottery(SelectionAlgorithm algorithm, List<WeightedPanel> panels, Map<String, Double> probabilities,
        double minProbability, double meanProbability, double gini, double seconds) {
    public PanelLottery {
        panels = List.copyOf(panels);
        probabilities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(probabilities));
    }
}
