package org.folkmoot.connector.consul.internal.client;

import java.time.Instant;

/**
 * A proposal, debate or comment as the site's API shows it now.
 *
 * @param type          what it is
 * @param id            its id on the site
 * @param title         its title (a proposal's or debate's); empty for a comment
 * @param summary       a proposal's summary; empty otherwise
 * @param body          its description (HTML, from CONSUL's editor) or a comment's body (plain text)
 * @param author        its author as the API shows them
 * @param created       {@code public_created_at} (CONSUL gives it to the hour), or null when it gave none
 * @param retired       a proposal its author retired (withdrew)
 * @param rootType      a comment: the type of the item it is on; null otherwise
 * @param rootId        a comment: the id of that item
 * @param parentId      a reply: the comment it answers (the last id of its {@code ancestry}); null for a comment on
 *                      the item itself and for items
 */
public record ConsulItem(ItemType type, String id, String title, String summary, String body, Author author,
        Instant created, boolean retired, ItemType rootType, String rootId, String parentId) {

    /**
     * Who wrote it, as far as the API says.
     *
     * @param id      their id on the site, or null when the API shows no author (someone who keeps their activity
     *                private) or failed to load them
     * @param deleted their account was erased on the site (CONSUL blanks an erased account's {@code username}): their
     *                words are not kept
     * @param unknown the author failed to load ({@code null} with an error naming its path): the item's text is used,
     *                but a new item waits for a sync that can tell who wrote it, and nobody is erased on its account
     */
    public record Author(String id, boolean deleted, boolean unknown) {
        public static final Author PRIVATE = new Author(null, false, false);
        public static final Author UNKNOWN = new Author(null, false, true);
    }

    public ConsulItem {
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
    }
}
