package org.folkmoot.connector.decidim.internal.client;

import java.time.Instant;

import org.folkmoot.connector.decidim.internal.item.ItemType;

/**
 * What a reconcile lists of each item: enough to tell whether it changed without fetching its text.
 *
 * @param type          its type
 * @param id            its id
 * @param updatedAt     when it last changed, or null when the schema does not say
 * @param versionsCount how many versions it has, or null when not disclosed
 * @param commentCount  comments at all depths
 * @param authorDeleted whether its author's account was deleted
 * @param withdrawn     whether its author withdrew it
 */
public record ItemSummary(ItemType type, String id, Instant updatedAt, Integer versionsCount, int commentCount,
        boolean authorDeleted, boolean withdrawn) {
}
