package org.folkmoot.assets.internal.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an officer records: the legal date of the step (which may be earlier than today, e.g. the
 * day a letter was received), who records it, and an optional note.
 */
public record Act(LocalDate date, String actor, String note) {
    public Act {
        Objects.requireNonNull(date, "date");
        actor = actor == null || actor.isBlank() ? "system" : actor.strip();
        note = note == null ? "" : note.strip();
    }

    public static Act on(LocalDate date) {
        return new Act(date, null, null);
    }

    public Act by(String who) {
        return new Act(date, who, note);
    }

    public Act saying(String text) {
        return new Act(date, actor, text);
    }
}
