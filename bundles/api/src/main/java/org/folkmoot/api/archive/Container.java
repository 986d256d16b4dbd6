package org.folkmoot.api.archive;

import java.util.Objects;

/**
 * What a contribution was written to: an assembly, a plan section, an asset transfer case,
 * an imported consultation.
 *
 * @param type  the kind of container, such as {@code assembly}, {@code plan-section}, {@code asset-transfer}, {@code consultation}
 * @param id    the container's id within its module
 * @param title the container's title as residents saw it; may be empty
 */
public record Container(String type, String id, String title) {

    public Container {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
    }
}
