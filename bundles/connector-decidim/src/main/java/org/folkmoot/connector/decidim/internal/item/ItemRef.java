package org.folkmoot.connector.decidim.internal.item;

import java.util.Objects;

/** Names one item on a site: what a comment was written on (an item, or the comment it replies to). */
public record ItemRef(ItemType type, String id) {

    public ItemRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
