package org.folkmoot.assemblies.internal.implementation;

import java.time.LocalDate;

import org.folkmoot.api.container.LocalisedText;

/** A dated update on an action: its status and progress that day, and what happened. */
public record ActionUpdate(LocalDate onDate, ActionStatus status, int progress, LocalisedText note) {
}
