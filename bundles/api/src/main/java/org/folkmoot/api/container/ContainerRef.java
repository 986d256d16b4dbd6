package org.folkmoot.api.container;

import java.util.Objects;

/**
 * Names one container: its type (as in {@link org.folkmoot.api.archive.Container#type()}) and its id
 * within its module.
 */
public record ContainerRef(String type, String id) {

    public ContainerRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** {@code type/id}: how search keys a container facet value. */
    public String key() {
        return type + "/" + id;
    }
}
