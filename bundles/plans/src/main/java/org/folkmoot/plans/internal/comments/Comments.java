package org.folkmoot.plans.internal.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionQuery;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.privacy.Redactor;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.plans.internal.plan.Consultation;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;
import org.folkmoot.plans.internal.plan.PlanVersion;
import org.folkmoot.plans.internal.plan.Section;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Residents' and organisations' comments on a plan, a section or a paragraph: checked, stored in
 * the contribution archive (container the plan or the section, a link to the paragraph, tags for the
 * consultation, version and paragraph), and read back redacted, public ones only (moderation hides
 * the rest). The JSON API and the plan page both come here.
 */
@Component(service = Comments.class)
public final class Comments {
    /** How many plans' comment lists are kept; beyond that the cache starts again. */
    private static final int CACHED_PLANS = 200;

    /** What a commenter sends: the text, optionally a section key and paragraph (from 1), language, and an organisation's name. */
    public record NewComment(String text, String section, Integer paragraph, String language, String organisation) {
    }

    /** A comment as the public reads it. */
    public record PublishedComment(String id, String text, String language, String section, Integer paragraph, int consultation,
                                   int version, String organisation, String link, Instant created) {
    }

    private final ContributionArchive archive;
    private final Pseudonyms pseudonyms;
    private final Redactor redactor;
    /** Each plan's public comments as last read, with the archive's sequence they were read at. */
    private final Map<String, Snapshot> cache = new ConcurrentHashMap<>();

    private record Snapshot(long sequence, List<PublishedComment> comments) {
    }

    @Activate
    public Comments(@Reference ContributionArchive archive, @Reference Pseudonyms pseudonyms, @Reference Redactor redactor) {
        this.archive = archive;
        this.pseudonyms = pseudonyms;
        this.redactor = redactor;
    }

    /** Stores a comment in the open consultation, or refuses it with nothing stored. */
    public PublishedComment make(Plan plan, FolkmootUser user, NewComment c, java.time.LocalDate today) {
        if (c == null || c.text() == null || c.text().isBlank()) {
            throw new PlanException(422, "text", "A comment needs some text.", "plans.comment.error.text");
        }
        if (c.text().length() > ContributionArchive.MAX_BODY) {
            throw new PlanException(413, "text", "A comment may be at most " + ContributionArchive.MAX_BODY + " characters.",
                    "plans.comment.error.long", ContributionArchive.MAX_BODY);
        }
        String language = c.language() == null || c.language().isBlank() ? "en" : c.language().strip().toLowerCase(Locale.ROOT);
        if (!language.equals("en") && !language.equals("cy")) {
            throw new PlanException(422, "language", "Write a comment in English (en) or Welsh (cy).", "plans.comment.error.language");
        }
        String organisation = c.organisation() == null ? "" : c.organisation().strip();
        if (organisation.length() > 200) {
            throw new PlanException(422, "organisation", "An organisation's name may be at most 200 characters.",
                    "plans.comment.error.organisation");
        }
        Consultation open = plan.consultationOpenOn(today);
        PlanVersion version = plan.version(open.version());
        Section section = null;
        String link = PlanContainers.page(plan) + "/versions/" + version.number();
        List<String> tags = new ArrayList<>(List.of("consultation-" + open.id(), "version-" + version.number(),
                organisation.isEmpty() ? "resident" : "organisation"));
        if (c.section() != null && !c.section().isBlank()) {
            section = version.section(c.section().strip()).orElseThrow(() -> new PlanException(422, "section",
                    "Version " + version.number() + " has no section '" + c.section() + "'.", "plans.comment.error.section", c.section()));
            link += "#section-" + section.key();
            if (c.paragraph() != null) {
                int paragraphs = Math.max(section.paragraphs("en").size(), section.paragraphs("cy").size());
                if (c.paragraph() < 1 || c.paragraph() > paragraphs) {
                    throw new PlanException(422, "paragraph", "Section '" + section.key() + "' has paragraphs 1 to " + paragraphs + ".",
                            "plans.comment.error.paragraph", paragraphs);
                }
                link = PlanContainers.page(plan) + "/versions/" + version.number() + "#" + section.key() + "-p" + c.paragraph();
                tags.add("paragraph-" + c.paragraph());
            }
        } else if (c.paragraph() != null) {
            throw new PlanException(422, "paragraph", "Choose the section the paragraph is in.", "plans.comment.error.paragraph-section");
        }
        NewContribution n = NewContribution.of(PlanContainers.MODULE,
                        section == null ? PlanContainers.container(plan) : PlanContainers.container(plan, section), "comment",
                        pseudonyms.authorOf(user), c.text().strip())
                .withTitle(organisation.isEmpty() ? null : organisation).withLanguage(language).withTags(tags).withLink(link);
        try {
            return published(archive.append(n).contribution());
        } catch (IllegalArgumentException e) {
            throw new PlanException(422, "text", e.getMessage(), "plans.comment.error.archive");
        }
    }

    /**
     * Every public comment on a plan and its sections, oldest first, redacted. Read again whenever the
     * archive's sequence has moved (every comment, edit, moderation and erasure moves it, in any
     * runtime on the same database), else the list read last time.
     */
    public List<PublishedComment> of(Plan plan) {
        long sequence = archive.currentSequence();
        Snapshot known = cache.get(plan.id());
        if (known != null && known.sequence() == sequence) {
            return known.comments();
        }
        List<PublishedComment> read = read(plan);
        if (cache.size() >= CACHED_PLANS) {
            cache.clear();
        }
        cache.put(plan.id(), new Snapshot(sequence, read));
        return read;
    }

    private List<PublishedComment> read(Plan plan) {
        List<PublishedComment> all = new ArrayList<>();
        page(new ContributionQuery(PlanContainers.MODULE, PlanContainers.PLAN, plan.id(), null, true, 1000, 0), all, null);
        page(new ContributionQuery(PlanContainers.MODULE, PlanContainers.SECTION, null, null, true, 1000, 0), all, plan.id() + "/");
        all.sort(Comparator.comparing(PublishedComment::created).thenComparing(PublishedComment::id));
        return List.copyOf(all);
    }

    public Optional<PublishedComment> find(Plan plan, String id) {
        return archive.get(id).filter(c -> c.module().equals(PlanContainers.MODULE) && belongs(c, plan) && c.isPublic())
                .map(this::published);
    }

    private static boolean belongs(Contribution c, Plan plan) {
        return c.container().type().equals(PlanContainers.PLAN) ? c.container().id().equals(plan.id())
                : c.container().id().startsWith(plan.id() + "/");
    }

    private void page(ContributionQuery q, List<PublishedComment> into, String idPrefix) {
        for (int offset = 0; ; offset += q.limit()) {
            List<Contribution> found = archive.find(new ContributionQuery(q.module(), q.containerType(), q.containerId(), null, true,
                    q.limit(), offset));
            for (Contribution c : found) {
                if (c.isPublic() && (idPrefix == null || c.container().id().startsWith(idPrefix))) {
                    into.add(published(c));
                }
            }
            if (found.size() < q.limit()) {
                return;
            }
        }
    }

    private PublishedComment published(Contribution c) {
        String section = c.container().type().equals(PlanContainers.SECTION)
                ? c.container().id().substring(c.container().id().indexOf('/') + 1) : null;
        return new PublishedComment(c.id(), redactor.redact(c.body(), c.language()), c.language(), section,
                tagNumber(c, "paragraph-"), orZero(tagNumber(c, "consultation-")), orZero(tagNumber(c, "version-")),
                c.title().isEmpty() ? null : redactor.redact(c.title(), c.language()), c.link(), c.created());
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private static Integer tagNumber(Contribution c, String prefix) {
        return c.tags().stream().filter(t -> t.startsWith(prefix)).findFirst().map(t -> {
            try {
                return Integer.valueOf(t.substring(prefix.length()));
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }
}
