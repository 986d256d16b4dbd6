package org.folkmoot.search.internal.archive;

import java.util.List;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.search.internal.index.ContributionFeed;
import org.folkmoot.search.internal.index.IndexedContribution;

/**
 * The archive as the index's feed: {@link ContributionArchive#changesSince} mapped to
 * {@link IndexedContribution}s. Published contributions are indexed; hidden and withdrawn ones are
 * removed; erased ones are removed and their text merged away. The author is never mapped.
 */
public final class ArchiveFeed implements ContributionFeed {

    /** The archive's largest page. */
    static final int MAX_PAGE = 10_000;

    private final ContributionArchive archive;

    public ArchiveFeed(ContributionArchive archive) {
        this.archive = archive;
    }

    @Override
    public List<IndexedContribution> changesAfter(long after, int max) {
        return archive.changesSince(after, Math.max(1, Math.min(max, MAX_PAGE))).stream()
                .map(ArchiveFeed::toIndexed)
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

    static IndexedContribution toIndexed(Contribution c) {
        IndexedContribution.State state;
        switch (c.state()) {
            case PUBLISHED: state = IndexedContribution.State.PUBLISHED; break;
            case ERASED: state = IndexedContribution.State.ERASED; break;
            default: state = IndexedContribution.State.HIDDEN; break;
        }
        return new IndexedContribution(c.id(), c.sequence(), c.title(), c.body(), c.language(), c.module(),
                c.container() == null ? null : c.container().type(),
                c.container() == null ? null : c.container().id(),
                c.container() == null ? null : c.container().title(),
                c.kind(), c.locality().isEmpty() ? null : c.locality(), c.created(), c.tags(), state, null);
    }
}
