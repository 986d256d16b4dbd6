package org.folkmoot.assemblies.internal.implementation;

import java.util.List;

import org.folkmoot.api.container.LocalisedText;

/**
 * One thing the council does about an accepted recommendation.
 *
 * @param id       a random id
 * @param number   the recommendation's number
 * @param service  the council service doing it
 * @param progress per cent, 0 to 100, as of the latest update
 * @param updates  dated updates, oldest first
 */
public record ImplementationAction(String id, int number, LocalisedText title, String service, ActionStatus status, int progress,
        List<ActionUpdate> updates) {

    public ImplementationAction {
        updates = List.copyOf(updates);
    }
}
