package org.folkmoot.assemblies.internal.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionQuery;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.privacy.Redactor;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.Wording;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What residents write to an assembly, in the contribution archive: comments on a session, on a
 * piece of evidence or on anything else of the module that is a container (a recommendation, a
 * council's response), and evidence submitted to the assembly. Each is checked, stored under the
 * writer's pseudonym with its container and a link back to where it shows, moderated and searched
 * by the platform, and read back redacted of personal data, public ones only.
 */
@Component(service = ResidentsVoice.class)
public class ResidentsVoice {
    public static final String MODULE = "assemblies";
    /** Largest organisation name. */
    static final int MAX_ORGANISATION = 200;

    /** What a resident sends: the text, its language ({@code en} or {@code cy}), and optionally the organisation they write for. */
    public record Writing(String text, String language, String organisation) {
    }

    /** A contribution as the public reads it, redacted. */
    public record Published(String id, String kind, String organisation, String text, String language, Instant created, String link) {
    }

    private final ContributionArchive archive;
    private final Pseudonyms pseudonyms;
    private final Redactor redactor;

    @Activate
    public ResidentsVoice(@Reference ContributionArchive archive, @Reference Pseudonyms pseudonyms, @Reference Redactor redactor) {
        this.archive = archive;
        this.pseudonyms = pseudonyms;
        this.redactor = redactor;
    }

    /** Checks what a resident wrote, every field at once; refused before anything is written. */
    public static Writing check(Writing w) {
        Map<String, Wording> errors = new LinkedHashMap<>();
        String text = w == null || w.text() == null ? "" : w.text().strip();
        if (text.isEmpty()) {
            errors.put("text", Wording.of("assemblies.evidence.error.text"));
        } else if (text.length() > ContributionArchive.MAX_BODY) {
            errors.put("text", Wording.of("assemblies.evidence.error.tooLong", ContributionArchive.MAX_BODY));
        }
        String language = w == null || w.language() == null || w.language().isBlank() ? "en"
                : w.language().strip().toLowerCase(Locale.ROOT);
        if (!language.equals("en") && !language.equals("cy")) {
            errors.put("language", Wording.of("assemblies.evidence.error.language"));
        }
        String organisation = w == null || w.organisation() == null ? "" : w.organisation().strip();
        if (organisation.length() > MAX_ORGANISATION) {
            errors.put("organisation", Wording.of("assemblies.evidence.error.tooLong", MAX_ORGANISATION));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors, text.length() > ContributionArchive.MAX_BODY && errors.size() == 1 ? 413 : 422);
        }
        return new Writing(text, language, organisation);
    }

    /** The pseudonym a user writes under. */
    String author(FolkmootUser user) {
        return pseudonyms.authorOf(user);
    }

    /** A resident's comment on a container of this module, shown at {@code link}. */
    public Published comment(Container on, String link, FolkmootUser user, Writing w, String... tags) {
        List<String> all = new ArrayList<>(List.of("comment"));
        all.addAll(List.of(tags));
        return write(on, "comment", link, user, check(w), null, all);
    }

    /**
     * Appends checked writing under the user's pseudonym; the organisation is its title. An
     * external id makes it findable again (a submission's file is owned by it).
     */
    Published write(Container on, String kind, String link, FolkmootUser user, Writing w, String externalId, List<String> tags) {
        List<String> all = new ArrayList<>(tags);
        all.add(w.organisation().isEmpty() ? "resident" : "organisation");
        NewContribution n = NewContribution.of(MODULE, on, kind, author(user), w.text())
                .withTitle(w.organisation().isEmpty() ? null : w.organisation()).withLanguage(w.language()).withTags(all)
                .withLink(link).withExternalId(externalId);
        try {
            return published(archive.append(n).contribution());
        } catch (IllegalArgumentException e) {
            throw Refused.of("text", "assemblies.evidence.error.archive", e.getMessage());
        }
    }

    /** The public contributions of a kind in a container, oldest first, redacted. */
    public List<Published> of(Container on, String kind) {
        return of(on, kind, null);
    }

    /** The same, only those with a tag (null for all). */
    public List<Published> of(Container on, String kind, String tag) {
        List<Published> out = new ArrayList<>();
        for (Contribution c : contributions(on, kind)) {
            if (tag == null || c.tags().contains(tag)) {
                out.add(published(c));
            }
        }
        return out;
    }

    /** The same as the archive holds them, public ones only, oldest first (for officers, who also see the external id). */
    List<Contribution> contributions(Container on, String kind) {
        List<Contribution> out = new ArrayList<>();
        for (int offset = 0; ; offset += 1000) {
            List<Contribution> page = archive.find(new ContributionQuery(MODULE, on.type(), on.id(), null, true, 1000, offset));
            page.stream().filter(c -> c.isPublic() && c.kind().equals(kind)).forEach(out::add);
            if (page.size() < 1000) {
                break;
            }
        }
        out.sort(java.util.Comparator.comparing(Contribution::created).thenComparing(Contribution::id));
        return out;
    }

    Published published(Contribution c) {
        return new Published(c.id(), c.kind(), c.title().isEmpty() ? "" : redactor.redact(c.title(), c.language()),
                redactor.redact(c.body(), c.language()), c.language(), c.created(), c.link());
    }
}
