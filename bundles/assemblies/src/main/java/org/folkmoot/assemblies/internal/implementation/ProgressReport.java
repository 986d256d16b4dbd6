package org.folkmoot.assemblies.internal.implementation;

import java.time.LocalDate;

import org.folkmoot.api.container.LocalisedText;

/** A progress report the council published, for the date it was due. */
public record ProgressReport(LocalDate dueOn, LocalDate publishedOn, LocalisedText summary) {
}
