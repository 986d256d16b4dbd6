package org.folkmoot.connector.decidim.internal.item;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host of a site's address, lower case: what external ids, pseudonyms, containers and jobs are keyed
 * on, the one place it is worked out. Every item asks for it several times (its external id, its
 * author's pseudonym, its containers), and parsing the address each time was a visible share of a
 * bootstrap; a runtime follows a handful of sites, so the answers are kept (up to {@value #KEPT}).
 */
public final class SiteHosts {
    private static final int KEPT = 64;
    private static final Map<String, String> HOSTS = new ConcurrentHashMap<>();

    private SiteHosts() {
    }

    public static String of(String site) {
        String host = HOSTS.get(site);
        if (host == null) {
            host = URI.create(site).getHost().toLowerCase(Locale.ROOT);
            if (HOSTS.size() < KEPT) {
                HOSTS.put(site, host);
            }
        }
        return host;
    }
}
