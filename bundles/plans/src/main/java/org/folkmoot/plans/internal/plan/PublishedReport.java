package org.folkmoot.plans.internal.plan;

import java.time.LocalDate;

/** A progress report marked as published: its number and the day (later reports may count from it). */
public record PublishedReport(int number, LocalDate on, String by) {
}
