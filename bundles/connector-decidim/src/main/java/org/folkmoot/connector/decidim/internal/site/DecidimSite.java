package org.folkmoot.connector.decidim.internal.site;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.folkmoot.connector.decidim.internal.item.SiteHosts;
import org.folkmoot.connector.decidim.internal.item.Space;

/**
 * A Decidim site as configured: where it is, how to sign in, what to follow, how often and how politely.
 *
 * @param url               the public base URL, https, no trailing slash
 * @param api               the GraphQL endpoint
 * @param apiKey            the API user's key, or empty for a public API
 * @param apiSecret         the API user's secret, or empty
 * @param spaces            spaces to follow ({@code participatory-process:7}, {@code assembly:*}); empty for all
 * @param newItemsEvery     between looks for new items
 * @param reconcileEvery    between full reconciles
 * @param requestsPerMinute most requests a minute
 * @param timeout           how long to wait for one answer
 */
public record DecidimSite(String url, URI api, String apiKey, String apiSecret, List<String> spaces, Duration newItemsEvery,
        Duration reconcileEvery, int requestsPerMinute, Duration timeout) {

    public DecidimSite {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(api, "api");
        apiKey = apiKey == null ? "" : apiKey.strip();
        apiSecret = apiSecret == null ? "" : apiSecret.strip();
        spaces = spaces == null ? List.of() : List.copyOf(spaces);
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be at least 1");
        }
    }

    /**
     * A site from its configuration; throws {@link IllegalArgumentException} with what to change when it
     * cannot be followed (no https URL, a key without a secret, a space that is not {@code type:id}).
     */
    public static DecidimSite of(SiteConfig config) {
        String url = config.url() == null ? "" : config.url().strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        URI public_ = URI.create(url);
        if (!"https".equals(public_.getScheme()) || public_.getHost() == null) {
            throw new IllegalArgumentException("url '" + config.url() + "' must be the site's https address, such as "
                    + "https://decidim.example.gov.uk: search links residents there");
        }
        String api = config.apiUrl() == null || config.apiUrl().isBlank() ? url + "/api" : config.apiUrl().strip();
        URI apiUri = URI.create(api);
        if (apiUri.getScheme() == null || !apiUri.getScheme().startsWith("http") || apiUri.getHost() == null) {
            throw new IllegalArgumentException("apiUrl '" + api + "' must be an http or https address");
        }
        if (config.apiKey().isBlank() != config.apiSecret().isBlank()) {
            throw new IllegalArgumentException("apiKey and apiSecret go together: give both (an API user's) or neither");
        }
        List<String> spaces = Arrays.stream(config.spaces()).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String s : spaces) {
            spaceRule(s);
        }
        return new DecidimSite(url, apiUri, config.apiKey(), config.apiSecret(), spaces,
                Duration.ofMinutes(Math.max(1, config.newItemsEveryMinutes())),
                Duration.ofHours(Math.max(1, config.reconcileEveryHours())), Math.max(1, config.requestsPerMinute()),
                Duration.ofSeconds(Math.max(1, config.timeoutSeconds())));
    }

    /** The host name, lower case: what external ids, containers and jobs are keyed on. */
    public String host() {
        return SiteHosts.of(url);
    }

    /** The sign-in endpoint of an API user ({@code POST <api>/sign_in}). */
    public URI signIn() {
        String api = this.api.toString();
        return URI.create((api.endsWith("/") ? api : api + "/") + "sign_in");
    }

    public boolean signsIn() {
        return !apiKey.isEmpty();
    }

    /** Whether a space is followed: listed by type and id, by type with {@code *}, or no list at all. */
    public boolean follows(Space space) {
        return spaces.isEmpty() || spaces.contains(space.type().id() + ":" + space.id())
                || spaces.contains(space.type().id() + ":*");
    }

    private static void spaceRule(String rule) {
        int colon = rule.indexOf(':');
        Optional<Space.Type> type = colon < 0 ? Optional.empty()
                : Arrays.stream(Space.Type.values()).filter(t -> t.id().equals(rule.substring(0, colon))).findFirst();
        if (type.isEmpty() || colon == rule.length() - 1) {
            throw new IllegalArgumentException("space '" + rule + "' must be participatory-process:<id>, assembly:<id> "
                    + "or <type>:* for every space of that type");
        }
    }

    @Override
    public String toString() {
        return "DecidimSite[" + url + "]"; // never the secret
    }
}
