package org.folkmoot.connector.decidim.internal.item;

import java.util.Locale;
import java.util.Objects;

/**
 * A Decidim participatory space: a participatory process or an assembly.
 *
 * @param type  which kind of space
 * @param id    its id on the site
 * @param slug  the slug in its URL ({@code /processes/<slug>}); empty when the source does not say
 * @param title its title, every translation
 */
public record Space(Type type, String id, String slug, Translations title) {

    /** The kinds of space Folkmoot follows; {@link #path()} is where Decidim serves them. */
    public enum Type {
        PARTICIPATORY_PROCESS("participatoryProcesses", "processes"),
        ASSEMBLY("assemblies", "assemblies");

        private final String query;
        private final String path;

        Type(String query, String path) {
            this.query = query;
            this.path = path;
        }

        /** The root field of Decidim's API that lists spaces of this type. */
        public String query() {
            return query;
        }

        /** The first URL segment of a space of this type on the site. */
        public String path() {
            return path;
        }

        /** {@code participatory-process} or {@code assembly}: how configuration and containers name it. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Space {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        slug = slug == null ? "" : slug;
        title = title == null ? Translations.NONE : title;
    }
}
