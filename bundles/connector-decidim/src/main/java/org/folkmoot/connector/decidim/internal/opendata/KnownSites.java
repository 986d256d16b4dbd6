package org.folkmoot.connector.decidim.internal.opendata;

import java.util.Optional;

/** The Decidim sites this runtime follows, by the address an officer or a script names. */
@FunctionalInterface
public interface KnownSites {

    /**
     * The configured site's base URL for an address such as {@code https://decidim.example.gov.uk} (with or
     * without a trailing slash, any case of host), or empty when no site is configured there.
     */
    Optional<String> find(String address);
}
