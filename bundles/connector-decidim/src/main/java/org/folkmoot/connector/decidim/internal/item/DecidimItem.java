package org.folkmoot.connector.decidim.internal.item;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resident contribution on a Decidim site, as the source gives it (through its GraphQL API or its
 * open-data export), before anything of Folkmoot's is applied to it.
 *
 * @param site          the site's base URL ({@code https://decidim.example.org}), no trailing slash
 * @param space         the participatory space it was written in
 * @param component     the component within that space
 * @param type          proposal, debate, meeting, result or comment
 * @param id            its id on the site (unique per type)
 * @param parent        for a comment, what it replies to (the commented item, or the comment it answers); null otherwise
 * @param title         every translation of its title; empty for a comment
 * @param body          every translation of its body (HTML as Decidim stores it)
 * @param authorId      the author's user id on the site; null when the account was deleted or the item has no
 *                      personal author (an official proposal, a meeting set up by the council)
 * @param authorDeleted true when the source says the author's account was deleted (or answered the author
 *                      as null with an error)
 * @param publishedAt   when it was published; null when the source does not say (comments, results)
 * @param createdAt     when it was created; never null
 * @param updatedAt     when it last changed at the source; null when the source does not say
 * @param url           its own page on the site
 * @param versionsCount how many versions the source keeps of it (each edit adds one); null when not disclosed
 * @param commentCount  comments on it, at all depths
 * @param topics        what the site files it under: its category (0.27) or taxonomies (0.28+), as written; may be empty
 */
public record DecidimItem(
        String site,
        Space space,
        Component component,
        ItemType type,
        String id,
        ItemRef parent,
        Translations title,
        Translations body,
        String authorId,
        boolean authorDeleted,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        String url,
        Integer versionsCount,
        int commentCount,
        List<String> topics) {

    /** An item filed under nothing (a comment, an export without categories). */
    public DecidimItem(String site, Space space, Component component, ItemType type, String id, ItemRef parent,
            Translations title, Translations body, String authorId, boolean authorDeleted, Instant publishedAt,
            Instant createdAt, Instant updatedAt, String url, Integer versionsCount, int commentCount) {
        this(site, space, component, type, id, parent, title, body, authorId, authorDeleted, publishedAt, createdAt, updatedAt,
                url, versionsCount, commentCount, List.of());
    }

    public DecidimItem {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(url, "url");
        site = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
        title = title == null ? Translations.NONE : title;
        body = body == null ? Translations.NONE : body;
        topics = topics == null ? List.of() : List.copyOf(topics);
        if (type == ItemType.COMMENT && parent == null) {
            throw new IllegalArgumentException("a comment needs the item or comment it replies to");
        }
    }

    /** The site's host name, lower case: what external ids and pseudonyms are keyed on. */
    public String host() {
        return SiteHosts.of(site);
    }

    /** {@code decidim:<host>:<type>:<id>}: unique across every source the archive holds. */
    public String externalId() {
        return externalId(host(), type, id);
    }

    public static String externalId(String host, ItemType type, String id) {
        return "decidim:" + host + ":" + type.id() + ":" + id;
    }

    public Optional<ItemRef> parentIfAny() {
        return Optional.ofNullable(parent);
    }

    public Optional<String> authorIdIfAny() {
        return Optional.ofNullable(authorId);
    }

    /** When it was said: published, else created. */
    public Instant said() {
        return publishedAt != null ? publishedAt : createdAt;
    }
}
