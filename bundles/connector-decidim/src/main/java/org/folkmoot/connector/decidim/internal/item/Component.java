package org.folkmoot.connector.decidim.internal.item;

import java.util.Objects;

/**
 * A component of a space (a proposals, debates, meetings or accountability component).
 *
 * @param id   its id on the site (unique across the site)
 * @param name its name, every translation
 */
public record Component(String id, Translations name) {

    public Component {
        Objects.requireNonNull(id, "id");
        name = name == null ? Translations.NONE : name;
    }
}
