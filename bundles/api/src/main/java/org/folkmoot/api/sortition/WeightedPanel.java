package org.folkmoot.api.sortition;

import java.util.List;

/** One panel of a lottery and its probability (as published, 12 decimal places). */
public record WeightedPanel(List<String> memberIds, double probability) {
    public WeightedPanel {
        memberIds = List.copyOf(memberIds);
    }
}
