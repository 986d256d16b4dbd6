package org.folkmoot.plans.internal.publish;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One action of a plan as the CSV of actions shows it: what Decidim calls a result.
 *
 * @param id          the action's number
 * @param parentId    the action it is part of, if any
 * @param theme       the theme or outcome it serves (Decidim's category): its number and name
 * @param area        the area it concerns (Decidim's scope): its number and name (a named locality, or the codes)
 * @param title       what the action is
 * @param description what it will do, as text
 * @param start       when it starts, if known
 * @param end         when it is due to end, if known
 * @param status      where it stands (Decidim's status: id, key and name)
 * @param progress    how far it has gone, 0 to 100, if measured
 * @param created     when it was recorded
 * @param url         its public page
 * @param planId      the plan it belongs to (Decidim's component)
 * @param commentUrls the public pages of the comments or proposals that led to it
 */
public record ActionForExport(long id, OptionalLong parentId, Optional<Category> theme, Optional<Category> area,
        BilingualText title, BilingualText description, Optional<LocalDate> start, Optional<LocalDate> end,
        Optional<Status> status, Optional<Double> progress, Instant created, URI url, long planId, List<URI> commentUrls) {

    public ActionForExport {
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(url, "url");
        commentUrls = List.copyOf(commentUrls);
    }

    /**
     * A theme or an area.
     *
     * @param id   its number
     * @param name its name
     */
    public record Category(long id, BilingualText name) {
    }

    /**
     * Where an action stands.
     *
     * @param id   its number
     * @param key  a stable key such as {@code not_started}, {@code in_progress}, {@code completed}
     * @param name its name
     */
    public record Status(long id, String key, BilingualText name) {
    }
}
