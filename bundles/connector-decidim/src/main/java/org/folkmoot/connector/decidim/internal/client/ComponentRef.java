package org.folkmoot.connector.decidim.internal.client;

import java.util.Objects;

import org.folkmoot.connector.decidim.internal.item.Component;
import org.folkmoot.connector.decidim.internal.item.ItemType;
import org.folkmoot.connector.decidim.internal.item.Space;

/**
 * A followed component as the site listed it: its space, itself, and the type of item it holds.
 */
public record ComponentRef(Space space, Component component, ItemType holds) {

    public ComponentRef {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(holds, "holds");
    }
}
