package org.folkmoot.connector.decidim.internal.sync;

import java.time.Instant;

import org.folkmoot.connector.decidim.internal.item.ItemType;

/**
 * An item of a site as Folkmoot last compared it (a row of {@code decidim_item}).
 *
 * @param host           the site
 * @param type           its type
 * @param id             its id on the site
 * @param componentId    the component it is in
 * @param rootType       for a comment, the type of the item it is on; else null
 * @param rootId         for a comment, the id of that item; else null
 * @param updatedAt      when the site last said it changed, or null
 * @param versionsCount  the site's count of its versions, or null
 * @param commentCount   comments on it (replies, for a comment)
 * @param textHash       hash of its mapped title and body
 * @param status         where it stands
 * @param reason         why it is gone or refused; empty otherwise
 * @param contributionId its id in the archive, or null when it never entered it
 */
public record SeenItem(String host, ItemType type, String id, String componentId, ItemType rootType, String rootId,
        Instant updatedAt, Integer versionsCount, int commentCount, String textHash, Status status, String reason,
        String contributionId) {

    /** Where an item stands for the connector. */
    public enum Status {
        /** on the site and in the archive */
        PRESENT,
        /** no longer on the site: hidden in the archive with the reason */
        GONE,
        /** its author's account was deleted: erased in the archive */
        ERASED,
        /** never entered the archive (no text, or refused), with the reason */
        REFUSED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SeenItem {
        reason = reason == null ? "" : reason;
    }

    public SeenItem with(Status newStatus, String newReason) {
        return new SeenItem(host, type, id, componentId, rootType, rootId, updatedAt, versionsCount, commentCount, textHash,
                newStatus, newReason, contributionId);
    }
}
