package org.folkmoot.connector.consul.internal.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the connector follows on a CONSUL site, in the order a sync reads them (comments last: they name their item). */
public enum ItemType {
    PROPOSAL("proposal", "proposals", "Proposal"),
    DEBATE("debate", "debates", "Debate"),
    COMMENT("comment", "comments", "Comment");

    private final String id;
    private final String collection;
    private final String modelName;

    ItemType(String id, String collection, String modelName) {
        this.id = id;
        this.collection = collection;
        this.modelName = modelName;
    }

    /** As external ids and the connector's tables name it: {@code proposal}. */
    public String id() {
        return id;
    }

    /** CONSUL's collection field and page path: {@code proposals}. */
    public String collection() {
        return collection;
    }

    /** A comment's {@code commentable_type} for an item of this type: {@code Proposal}. */
    public String modelName() {
        return modelName;
    }

    public static ItemType of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** The followed type a comment is on, by its {@code commentable_type}; empty for polls, budgets and the like. */
    public static Optional<ItemType> commentable(String modelName) {
        return Arrays.stream(new ItemType[] {PROPOSAL, DEBATE}).filter(t -> t.modelName.equals(modelName)).findFirst();
    }
}
