package org.folkmoot.sortition.internal.core;

import java.util.List;

/** A lottery over type-level panels: {@code panels.get(i)} is drawn with {@code weights[i]}. */
record TypeDistribution(List<int[]> panels, double[] weights) {
}
