package org.folkmoot.assemblies.internal.rounds;

import java.util.Map;
import java.util.Optional;

import org.folkmoot.assemblies.internal.selection.Outcome;
import org.folkmoot.assemblies.internal.store.Selections;

/**
 * A round with where its draw is: not asked for yet, queued or running (a stage and a percentage),
 * failed (why) or done. The draw is the round's own assembly's first selection.
 */
public record RoundDraw(Round round, Optional<Selections.Selection> selection) {
    /** Percentage done by stage, as the officers' page of part 1 shows a selection's. */
    private static final Map<String, Integer> PERCENT = Map.of("queued", 0, "pool", 20, "lottery", 60, "draw", 80, "done", 100);

    /** NOT_DRAWN, QUEUED, RUNNING, FAILED or DONE. */
    public String state() {
        if (round.wasDrawn()) {
            return "DONE";
        }
        return selection.map(Selections.Selection::state).filter(s -> !"DONE".equals(s)).orElse("NOT_DRAWN");
    }

    public boolean isWorking() {
        return "QUEUED".equals(state()) || "RUNNING".equals(state());
    }

    public boolean isFailed() {
        return "FAILED".equals(state());
    }

    /** The stage while queued or running ({@code queued}, {@code pool}, {@code lottery}, {@code draw}), else the state's. */
    public String stage() {
        return switch (state()) {
            case "DONE" -> "done";
            case "FAILED" -> "failed";
            case "NOT_DRAWN" -> "notDrawn";
            default -> selection.map(Selections.Selection::stage).orElse("queued");
        };
    }

    public int percent() {
        return PERCENT.getOrDefault(stage(), 0);
    }

    /** Why a failed draw could not be made (the sortition service's words). */
    public Optional<String> problem() {
        return isFailed() ? selection.flatMap(Selections.Selection::problem).map(Outcome::read).map(Outcome::message) : Optional.empty();
    }
}
