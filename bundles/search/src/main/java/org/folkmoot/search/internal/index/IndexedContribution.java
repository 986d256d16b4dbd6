package org.folkmoot.search.internal.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.Licence;
import org.folkmoot.api.container.LocalisedText;

/**
 * One contribution as the index sees it: what the archive follower maps each archive change to.
 * Author identities are deliberately absent: they are never searchable.
 *
 * @param id            stable contribution id (the archive's)
 * @param sequence      the archive sequence number of this change
 * @param title         title, may be empty; redacted of personal data (see {@link org.folkmoot.api.privacy.Redactor})
 * @param body          the resident's text, redacted of personal data: the index stores and shows it as given
 * @param language      BCP 47 primary tag: "en", "cy", or anything else (indexed language-neutrally)
 * @param module        the module it belongs to, e.g. "assemblies", "plans", "decidim"
 * @param containerType what it was contributed to, e.g. "assembly", "plan", "consultation"
 * @param containerId   id of that container
 * @param containerTitle title of that container, shown and faceted
 * @param kind          e.g. "comment", "proposal", "submission"
 * @param locality      the place it concerns, may be null
 * @param created       when it was written
 * @param tags          topic tags, may be empty; redacted
 * @param state         whether it may be shown
 * @param url           where it was said: its link, else its container's page; may be null
 * @param containerTitleCy the container's Welsh title as its module gives it; the English one when null
 * @param parent        the container's parent (the asset a case is about), may be null
 * @param parentTitle   the parent's title in English and Welsh, may be null
 * @param licence       the licence it was published under where it came from (a Decidim site's ODbL), shown
 *                      beside it with its attribution; null for what was written in Folkmoot
 */
public record IndexedContribution(
        String id,
        long sequence,
        String title,
        String body,
        String language,
        String module,
        String containerType,
        String containerId,
        String containerTitle,
        String kind,
        String locality,
        Instant created,
        List<String> tags,
        State state,
        String url,
        String containerTitleCy,
        ContainerRef parent,
        LocalisedText parentTitle,
        Licence licence) {

    /** Only published contributions are in the index; hidden and erased ones are deleted from it. */
    public enum State { PUBLISHED, HIDDEN, ERASED }

    public IndexedContribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(created, "created");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        language = language == null || language.isBlank() ? "und" : language;
        tags = tags == null ? List.of() : List.copyOf(tags);
        containerTitleCy = containerTitleCy == null || containerTitleCy.isBlank() ? containerTitle : containerTitleCy;
    }

    /** A contribution whose container no running module describes: what the archive holds, nothing more. */
    public IndexedContribution(String id, long sequence, String title, String body, String language, String module,
            String containerType, String containerId, String containerTitle, String kind, String locality,
            Instant created, List<String> tags, State state, String url) {
        this(id, sequence, title, body, language, module, containerType, containerId, containerTitle, kind, locality,
                created, tags, state, url, null, null, null, null);
    }

    public boolean searchable() {
        return state == State.PUBLISHED;
    }
}
