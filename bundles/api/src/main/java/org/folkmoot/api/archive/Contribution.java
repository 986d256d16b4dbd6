package org.folkmoot.api.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One thing a resident wrote, as the archive holds it now.
 *
 * @param id         stable id given by the archive
 * @param externalId the id in the system it was imported from, or empty
 * @param module     the module that received it ({@code assemblies}, {@code plans}, {@code assets}, {@code decidim}...)
 * @param container  what it was written to
 * @param kind       {@code comment}, {@code submission}, {@code representation}, {@code proposal}, {@code response}...
 * @param title      may be empty
 * @param body       plain text; replaced by a notice once erased
 * @param language   BCP 47 tag: {@code en}, {@code cy}, {@code gd}...
 * @param locality   GSS code of the place it is about, or empty
 * @param author     the author's pseudonymous id; personal details are kept apart (see {@link AuthorDetails})
 * @param created    when it was written
 * @param updated    when it last changed
 * @param state      published, hidden, withdrawn or erased
 * @param tags       free tags, lower case
 * @param sequence   the archive sequence of its latest change
 * @param lastChange what that latest change was
 * @param moderationNote the reason given with the latest hide or unhide, or empty; for officers only
 * @param link       where it was said when that is not its container's page (a Folkmoot path or an
 *                   {@code https} URL), or empty (since 1.2)
 */
public record Contribution(
        String id,
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
        Instant updated,
        ContributionState state,
        List<String> tags,
        long sequence,
        ChangeKind lastChange,
        String moderationNote,
        String link) {

    public Contribution {
        tags = tags == null ? List.of() : List.copyOf(tags);
        externalId = externalId == null ? "" : externalId;
        title = title == null ? "" : title;
        locality = locality == null ? "" : locality;
        moderationNote = moderationNote == null ? "" : moderationNote;
        link = link == null ? "" : link;
    }

    /** The 1.1 form, without a link: kept so that callers built against 1.1 still run. */
    public Contribution(String id, String externalId, String module, Container container, String kind, String title,
            String body, String language, String locality, String author, Instant created, Instant updated,
            ContributionState state, List<String> tags, long sequence, ChangeKind lastChange, String moderationNote) {
        this(id, externalId, module, container, kind, title, body, language, locality, author, created, updated,
                state, tags, sequence, lastChange, moderationNote, "");
    }

    /** True when anyone may see it: published, and neither hidden, withdrawn nor erased. */
    public boolean isPublic() {
        return state == ContributionState.PUBLISHED;
    }

    public Optional<String> externalIdIfAny() {
        return externalId.isEmpty() ? Optional.empty() : Optional.of(externalId);
    }

    /** @since 1.2 */
    public Optional<String> linkIfAny() {
        return link.isEmpty() ? Optional.empty() : Optional.of(link);
    }
}
