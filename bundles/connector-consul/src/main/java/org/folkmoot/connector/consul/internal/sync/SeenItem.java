package org.folkmoot.connector.consul.internal.sync;

import java.util.Locale;

import org.folkmoot.connector.consul.internal.client.ItemType;

/**
 * An item of a site as the connector last compared it (a row of {@code consul_item}).
 *
 * @param host           the site
 * @param type           what it is
 * @param id             its id on the site
 * @param rootType       a comment: the type of the item it is on; else null
 * @param rootId         a comment: that item's id; else null
 * @param parentId       a reply: the comment it answers; else null
 * @param textHash       of its mapped text; empty when it had none
 * @param status         where it stands
 * @param reason         why it is gone or refused; empty otherwise
 * @param contributionId its id in the archive, or null when it never entered it
 * @param seenRun        the last sweep whose listing (or look-up) showed it
 */
public record SeenItem(String host, ItemType type, String id, ItemType rootType, String rootId, String parentId,
        String textHash, Status status, String reason, String contributionId, long seenRun) {

    /** Where an item stands for the connector. */
    public enum Status {
        /** on the site and in the archive */
        PRESENT,
        /** no longer on the site (or retired by its author): hidden in the archive with the reason */
        GONE,
        /** its author's account was deleted: erased in the archive */
        ERASED,
        /** never entered the archive (no text), with the reason */
        REFUSED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SeenItem {
        reason = reason == null ? "" : reason;
        textHash = textHash == null ? "" : textHash;
    }

    public SeenItem with(Status newStatus, String newReason) {
        return new SeenItem(host, type, id, rootType, rootId, parentId, textHash, newStatus, newReason, contributionId, seenRun);
    }

    public SeenItem withContribution(String newContributionId) {
        return new SeenItem(host, type, id, rootType, rootId, parentId, textHash, status, reason, newContributionId, seenRun);
    }
}
