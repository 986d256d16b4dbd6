package org.folkmoot.search.internal.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.Containers;
import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.api.privacy.Redactor;
import org.folkmoot.search.internal.index.ContributionFeed;
import org.folkmoot.search.internal.index.IndexedContribution;

/**
 * The archive as the index's feed: {@link ContributionArchive#changesSince} mapped to
 * {@link IndexedContribution}s. Published contributions are indexed, redacted by the platform's
 * {@link Redactor}; hidden and withdrawn ones are removed; erased ones are removed and their text
 * merged away. The author is never mapped.
 */
public final class ArchiveFeed implements ContributionFeed {

    /** The archive's largest page. */
    static final int MAX_PAGE = 10_000;

    private final ContributionArchive archive;
    private final Supplier<Containers> containers;
    private final Redactor redactor;

    /** A feed that knows only what the archive holds (no container titles in Welsh, no parents, no pages). */
    public ArchiveFeed(ContributionArchive archive, Redactor redactor) {
        this(archive, () -> null, redactor);
    }

    /**
     * @param containers the platform's resolver, or a supplier of null while it is not there: asked
     *                   once per container per page of changes, so each module describes a container once
     * @param redactor   the platform's one redaction: the index is given no personal data at all
     */
    public ArchiveFeed(ContributionArchive archive, Supplier<Containers> containers, Redactor redactor) {
        this.archive = archive;
        this.containers = containers;
        this.redactor = redactor;
    }

    @Override
    public List<IndexedContribution> changesAfter(long after, int max) {
        Containers resolver = containers.get();
        Map<ContainerRef, Optional<ContainerDetails>> described = new HashMap<>();
        Function<ContainerRef, Optional<ContainerDetails>> describe = resolver == null ? ref -> Optional.empty()
                : ref -> described.computeIfAbsent(ref, resolver::describe);
        return archive.changesSince(after, Math.max(1, Math.min(max, MAX_PAGE))).stream()
                .map(c -> toIndexed(c, describe, redactor))
                .toList();
    }

    @Override
    public long latestSequence() {
        return archive.currentSequence();
    }

    @Override
    public long countAfter(long after) {
        return archive.countChangesSince(after);
    }

    static IndexedContribution toIndexed(Contribution c, Redactor redactor) {
        return toIndexed(c, ref -> Optional.empty(), redactor);
    }

    /**
     * Only published contributions are described (the others are only removed from the index). The url
     * is where it was said: its link, else its container's page; the rule is {@link Containers#pageOf}'s.
     * Titles, body, tags and container titles are redacted, with labels in the contribution's language.
     */
    static IndexedContribution toIndexed(Contribution c, Function<ContainerRef, Optional<ContainerDetails>> describe,
            Redactor redactor) {
        IndexedContribution.State state;
        switch (c.state()) {
            case PUBLISHED: state = IndexedContribution.State.PUBLISHED; break;
            case ERASED: state = IndexedContribution.State.ERASED; break;
            default: state = IndexedContribution.State.HIDDEN; break;
        }
        Optional<ContainerDetails> container = c.container() == null || state != IndexedContribution.State.PUBLISHED
                ? Optional.empty() : describe.apply(new ContainerRef(c.container().type(), c.container().id()));
        String url = c.linkIfAny().or(() -> container.map(ContainerDetails::page)).orElse(null);
        // The module's current title wins over the one the contribution was filed with.
        String title = container.map(d -> d.title().en()).orElse(c.container() == null ? null : c.container().title());
        ContainerRef parent = container.flatMap(ContainerDetails::parentIfAny).orElse(null);
        LocalisedText parentTitle = parent == null ? null
                : describe.apply(parent).map(ContainerDetails::title).orElse(LocalisedText.of(parent.id()));
        String lang = c.language();
        UnaryOperator<String> redact = text -> redactor.redact(text, lang);
        return new IndexedContribution(c.id(), c.sequence(), redact.apply(c.title()), redact.apply(c.body()), lang,
                c.module(), c.container() == null ? null : c.container().type(),
                c.container() == null ? null : c.container().id(),
                redact.apply(title), c.kind(), c.locality().isEmpty() ? null : c.locality(), c.created(),
                c.tags().stream().map(redact).toList(), state, url,
                redact.apply(container.map(d -> d.title().cy()).orElse(null)), parent,
                parentTitle == null ? null : new LocalisedText(redact.apply(parentTitle.en()), redact.apply(parentTitle.cy())),
                container.flatMap(ContainerDetails::licenceIfAny).orElse(null));
    }
}
