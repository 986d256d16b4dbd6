package org.folkmoot.assemblies.internal.commission;

import java.time.LocalDate;

/** One step of the assembly's published timeline: when, and what happens, in English and Welsh. */
public record Milestone(LocalDate date, String en, String cy) {
}
