package org.folkmoot.assemblies.internal.implementation;

import java.util.List;

/** How far an accepted recommendation has got, from its actions. */
public enum Progress {
    /** No action yet, or every action still planned. */
    NOT_STARTED,
    /** Some action started and not every one finished. */
    IN_PROGRESS,
    /** Every action done (or stopped), and at least one done. */
    DONE;

    public static Progress of(List<ImplementationAction> actions) {
        if (actions.isEmpty() || actions.stream().allMatch(a -> a.status() == ActionStatus.PLANNED)) {
            return NOT_STARTED;
        }
        boolean finished = actions.stream().allMatch(a -> a.status() == ActionStatus.DONE || a.status() == ActionStatus.STOPPED);
        boolean anyDone = actions.stream().anyMatch(a -> a.status() == ActionStatus.DONE);
        return finished && anyDone ? DONE : IN_PROGRESS;
    }
}
