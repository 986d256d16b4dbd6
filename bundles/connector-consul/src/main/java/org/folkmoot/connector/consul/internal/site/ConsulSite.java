package org.folkmoot.connector.consul.internal.site;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A CONSUL site as configured: where it is, how often to sync and how politely.
 *
 * @param url               the public base URL, https, no trailing slash: links go there
 * @param api               the GraphQL endpoint
 * @param syncEvery         between syncs
 * @param requestsPerMinute most requests a minute
 * @param timeout           how long to wait for one answer
 */
public record ConsulSite(String url, URI api, Duration syncEvery, int requestsPerMinute, Duration timeout) {

    public ConsulSite {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(api, "api");
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be at least 1");
        }
    }

    /**
     * A site from its configuration; throws {@link IllegalArgumentException} with what to change when it cannot be
     * followed (no https URL, an API address that is not http or https).
     */
    public static ConsulSite of(SiteConfig config) {
        String url = config.url() == null ? "" : config.url().strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        URI site;
        try {
            site = URI.create(url);
        } catch (IllegalArgumentException e) {
            site = URI.create("about:blank");
        }
        if (!"https".equals(site.getScheme()) || site.getHost() == null) {
            throw new IllegalArgumentException("url '" + config.url() + "' must be the site's https address, such as "
                    + "https://consul.example.gov.uk: search links residents there");
        }
        String api = config.apiUrl() == null || config.apiUrl().isBlank() ? url + "/graphql" : config.apiUrl().strip();
        URI apiUri;
        try {
            apiUri = URI.create(api);
        } catch (IllegalArgumentException e) {
            apiUri = URI.create("about:blank");
        }
        if (apiUri.getScheme() == null || !apiUri.getScheme().startsWith("http") || apiUri.getHost() == null) {
            throw new IllegalArgumentException("apiUrl '" + api + "' must be an http or https address");
        }
        return new ConsulSite(url, apiUri, Duration.ofMinutes(Math.max(1, config.syncEveryMinutes())),
                Math.max(1, config.requestsPerMinute()), Duration.ofSeconds(Math.max(1, config.timeoutSeconds())));
    }

    /** The host name, lower case: what external ids, containers and jobs are keyed on. */
    public String host() {
        return URI.create(url).getHost().toLowerCase(Locale.ROOT);
    }
}
