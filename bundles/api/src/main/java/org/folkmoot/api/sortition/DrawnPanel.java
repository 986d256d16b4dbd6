package org.folkmoot.api.sortition;

import java.util.List;

/** The outcome of a draw: the seed used, the position of the panel in the lottery and its members. */
public record DrawnPanel(String seed, int panelIndex, List<String> memberIds) {
    public DrawnPanel {
        memberIds = List.copyOf(memberIds);
    }
}
