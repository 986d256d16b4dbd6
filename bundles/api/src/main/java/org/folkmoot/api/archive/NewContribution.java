package org.folkmoot.api.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
        List<String> tags) {

    public NewContribution {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(author, "author");
        tags = tags == null ? List.of() : List.copyOf(tags);
        language = language == null || language.isBlank() ? "en" : language;
    }

    public static NewContribution of(String module, Container container, String kind, String author, String body) {
        return new NewContribution(null, module, container, kind, null, body, null, null, author, null, null);
    }

    public NewContribution withExternalId(String value) {
        return new NewContribution(value, module, container, kind, title, body, language, locality, author, created, tags);
    }

    public NewContribution withTitle(String value) {
        return new NewContribution(externalId, module, container, kind, value, body, language, locality, author, created, tags);
    }

    public NewContribution withLanguage(String value) {
        return new NewContribution(externalId, module, container, kind, title, body, value, locality, author, created, tags);
    }

    public NewContribution withLocality(String value) {
        return new NewContribution(externalId, module, container, kind, title, body, language, value, author, created, tags);
    }

    public NewContribution withCreated(Instant value) {
        return new NewContribution(externalId, module, container, kind, title, body, language, locality, author, value, tags);
    }

    public NewContribution withTags(List<String> value) {
        return new NewContribution(externalId, module, container, kind, title, body, language, locality, author, created, value);
    }
}
