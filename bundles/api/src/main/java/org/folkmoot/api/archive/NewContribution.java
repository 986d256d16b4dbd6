package org.folkmoot.api.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contribution to append. Build one with {@link #of(String, Container, String, String, String)}
 * and the {@code with...} methods.
 *
 * @param externalId optional id in the source system; unique across the archive, appending it twice is a no-op
 * @param module     the receiving module's id
 * @param container  what it was written to
 * @param kind       comment, submission, representation, proposal, response...
 * @param title      optional
 * @param body       plain text, required and not blank
 * @param language   BCP 47 tag; {@code en} when null
 * @param locality   optional GSS code
 * @param author     pseudonymous author id, required
 * @param created    when it was written; now when null
 * @param tags       optional
 * @param link       optional: where it was said, when that is not its container's page: a path in
 *                   Folkmoot ({@code /assets/cases/42}) or an absolute {@code https} URL for a
 *                   contribution that lives on another platform; null for none (since 1.2)
 */
public record NewContribution(
        String externalId,
        String module,
        Container container,
        String kind,
        String title,
        String body,
        String language,
        String locality,
        String author,
        Instant created,
        List<String> tags,
        String link) {

    public NewContribution {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(author, "author");
        tags = tags == null ? List.of() : List.copyOf(tags);
        language = language == null || language.isBlank() ? "en" : language;
        link = link == null || link.isBlank() ? null : link;
    }

    /** The 1.1 form, without a link: kept so that callers built against 1.1 still run. */
    public NewContribution(String externalId, String module, Container container, String kind, String title,
            String body, String language, String locality, String author, Instant created, List<String> tags) {
        this(externalId, module, container, kind, title, body, language, locality, author, created, tags, null);
    }

    public static NewContribution of(String module, Container container, String kind, String author, String body) {
        return new NewContribution(null, module, container, kind, null, body, null, null, author, null, null, null);
    }

    public NewContribution withExternalId(String value) {
        return new NewContribution(value, module, container, kind, title, body, language, locality, author, created, tags, link);
    }

    public NewContribution withTitle(String value) {
        return new NewContribution(externalId, module, container, kind, value, body, language, locality, author, created, tags, link);
    }

    public NewContribution withLanguage(String value) {
        return new NewContribution(externalId, module, container, kind, title, body, value, locality, author, created, tags, link);
    }

    public NewContribution withLocality(String value) {
        return new NewContribution(externalId, module, container, kind, title, body, language, value, author, created, tags, link);
    }

    public NewContribution withCreated(Instant value) {
        return new NewContribution(externalId, module, container, kind, title, body, language, locality, author, value, tags, link);
    }

    public NewContribution withTags(List<String> value) {
        return new NewContribution(externalId, module, container, kind, title, body, language, locality, author, created, value, link);
    }

    /**
     * Where it was said: a path in Folkmoot starting with one {@code /}, or an absolute {@code https}
     * URL. The archive refuses anything else.
     *
     * @since 1.2
     */
    public NewContribution withLink(String value) {
        return new NewContribution(externalId, module, container, kind, title, body, language, locality, author, created, tags, value);
    }

    /** @since 1.2 */
    public Optional<String> linkIfAny() {
        return Optional.ofNullable(link);
    }
}
