package org.folkmoot.plans.internal.plan;

import java.time.LocalDate;

/** The plan adopted (made, approved, published as final): the day, the decision (a minute, a resolution) and the version adopted. */
public record Adoption(LocalDate on, String decision, int version, String by) {
}
