package org.folkmoot.api.container;

import java.util.Objects;

/**
 * The licence under which what was said in a container was published where it came from, and the attribution
 * that licence asks for: Decidim's open data is under the Open Database Licence, so a hit from a Decidim site
 * shows "ODbL" and credits the site. Whatever shows such a contribution (search hits) shows its licence beside it.
 *
 * @param name        the licence's short name, such as {@code ODbL 1.0}
 * @param url         where its text is: an absolute {@code https} URL
 * @param attribution who to credit, in English and Welsh ("Contains information from participate.example.gov.uk")
 * @since 1.1
 */
public record Licence(String name, String url, LocalisedText attribution) {

    public Licence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(attribution, "attribution");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a licence needs a name");
        }
        if (!url.startsWith("https://")) {
            throw new IllegalArgumentException("a licence's url must be an https URL, not '" + url + "'");
        }
    }
}
