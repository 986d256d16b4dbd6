package org.folkmoot.assemblies.internal.recommendations;

/** How abstentions count under an assembly's threshold rule; the page states which. */
public enum Abstentions {
    /** Abstentions are votes cast: support must reach the threshold of in favour, against and abstaining together. */
    COUNTED,
    /** Abstentions are left out: support must reach the threshold of in favour and against only. */
    NOT_COUNTED
}
