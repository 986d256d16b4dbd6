package org.folkmoot.connector.decidim.internal.client;

import java.util.Arrays;
import java.util.Optional;

import org.folkmoot.connector.decidim.internal.item.ItemType;

/**
 * How each followed item type appears in Decidim's API: the component type that holds it, the connection
 * that lists it, the field that finds one, its object type, the field of its body and its URL segment.
 */
enum ItemKind {
    PROPOSAL(ItemType.PROPOSAL, "Proposals", "proposals", "proposal", "Proposal", "body"),
    DEBATE(ItemType.DEBATE, "Debates", "debates", "debate", "Debate", "description"),
    MEETING(ItemType.MEETING, "Meetings", "meetings", "meeting", "Meeting", "description"),
    RESULT(ItemType.RESULT, "Accountability", "results", "result", "Result", "description");

    final ItemType type;
    final String component;
    final String list;
    final String one;
    final String object;
    final String body;

    ItemKind(ItemType type, String component, String list, String one, String object, String body) {
        this.type = type;
        this.component = component;
        this.list = list;
        this.one = one;
        this.object = object;
        this.body = body;
    }

    /** The kind a component of this GraphQL type holds, if Folkmoot follows it. */
    static Optional<ItemKind> ofComponent(String typename) {
        return Arrays.stream(values()).filter(k -> k.component.equals(typename)).findFirst();
    }

    static ItemKind of(ItemType type) {
        return Arrays.stream(values()).filter(k -> k.type == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type + " is not listed by a component"));
    }
}
