package org.folkmoot.search.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.folkmoot.api.archive.ChangeKind;
import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.search.internal.index.ContributionIndex;
import org.folkmoot.search.internal.index.IndexFollower;
import org.folkmoot.search.internal.index.IndexedContribution;
import org.folkmoot.search.internal.index.SearchRequest;
import org.junit.jupiter.api.Test;

class ArchiveFeedTest {

    /** Only the follower's two methods; the rest of the archive is not the feed's business. */
    static ContributionArchive archive(List<Contribution> changes) {
        return (ContributionArchive) Proxy.newProxyInstance(ArchiveFeedTest.class.getClassLoader(),
                new Class<?>[] {ContributionArchive.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "changesSince": {
                            long after = (Long) args[0];
                            int limit = (Integer) args[1];
                            assertTrue(limit >= 1 && limit <= 10_000, "limit " + limit);
                            return changes.stream().filter(c -> c.sequence() > after).limit(limit).toList();
                        }
                        case "currentSequence":
                            return changes.isEmpty() ? 0L : changes.get(changes.size() - 1).sequence();
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    static Contribution contribution(String id, long seq, String body, String language, ContributionState state) {
        return new Contribution(id, "", "plans", new Container("plan", "p1", "Riverside plan"), "comment", "Title " + id,
                body, language, "", "pseudonym-zqxw", Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-02T00:00:00Z"), state, List.of("parks"), seq, ChangeKind.CREATED, "");
    }

    @Test
    void mapsStatesAndNeverTheAuthor() {
        IndexedContribution published = ArchiveFeed.toIndexed(contribution("1", 1, "x", "cy", ContributionState.PUBLISHED));
        assertEquals(IndexedContribution.State.PUBLISHED, published.state());
        assertEquals("cy", published.language());
        assertEquals("Riverside plan", published.containerTitle());
        assertNull(published.locality());
        assertEquals(IndexedContribution.State.HIDDEN,
                ArchiveFeed.toIndexed(contribution("1", 2, "x", "en", ContributionState.HIDDEN)).state());
        assertEquals(IndexedContribution.State.HIDDEN,
                ArchiveFeed.toIndexed(contribution("1", 3, "x", "en", ContributionState.WITHDRAWN)).state());
        assertEquals(IndexedContribution.State.ERASED,
                ArchiveFeed.toIndexed(contribution("1", 4, "x", "en", ContributionState.ERASED)).state());
        assertTrue(!published.toString().contains("pseudonym-zqxw"));
    }

    @Test
    void followsTheArchiveInPagesAndAuthorsAreNotSearchable() throws Exception {
        List<Contribution> changes = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            changes.add(contribution("c" + i, i, "Mae angen mwy o goed yn y parc " + i, "cy", ContributionState.PUBLISHED));
        }
        changes.add(contribution("c1", 31, "hidden now", "cy", ContributionState.HIDDEN));
        try (ContributionIndex index = new ContributionIndex(new ByteBuffersDirectory(), ContributionIndex.Settings.defaults())) {
            IndexFollower follower = new IndexFollower(index, new ArchiveFeed(archive(changes)), 7);
            assertEquals(31, follower.catchUp());
            assertTrue(index.awaitSearchable(5_000));
            assertEquals(29, index.search(SearchRequest.of("coed")).total());
            assertEquals(0, index.search(SearchRequest.of("pseudonym-zqxw")).total());
            assertEquals(0, index.search(SearchRequest.of("zqxw")).total());
            assertEquals(31, index.lastAppliedSequence());
        }
    }
}
