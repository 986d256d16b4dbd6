package org.folkmoot.plans.internal.plan;

/** The parts of a plan, in the words community plans use. */
public enum SectionKind {
    VISION, THEME, OUTCOME, PRIORITY, ACTION, TEXT
}
