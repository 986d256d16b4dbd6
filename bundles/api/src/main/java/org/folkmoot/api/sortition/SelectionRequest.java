package org.folkmoot.api.sortition;

import java.util.List;

/** Select {@code panelSize} members from {@code pool} meeting {@code targets}. */
public record SelectionRequest(List<Target> targets, List<Volunteer> pool, int panelSize, SelectionAlgorithm algorithm) {
    public SelectionRequest {
        targets = List.copyOf(targets);
        pool = List.copyOf(pool);
    }
}
