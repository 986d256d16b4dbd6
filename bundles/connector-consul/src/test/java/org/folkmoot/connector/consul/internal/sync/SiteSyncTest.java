package org.folkmoot.connector.consul.internal.sync;

import static org.folkmoot.connector.consul.internal.SyncHarness.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.connector.consul.fixture.FakeConsul;
import org.folkmoot.connector.consul.fixture.FakeConsul.Fault;
import org.folkmoot.connector.consul.internal.SyncHarness;
import org.folkmoot.connector.consul.internal.client.ItemType;
import org.folkmoot.connector.consul.internal.client.SourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Syncs of the fake CONSUL site into the platform's real archive (H2), as an officer and a resident would notice them. */
class SiteSyncTest {

    private SyncHarness h;

    @BeforeEach
    void open() throws Exception {
        h = new SyncHarness();
    }

    @AfterEach
    void close() {
        h.close();
    }

    private SyncRun sync() throws Exception {
        return h.followed.sync();
    }

    @Test
    void theFirstSyncTakesProposalsDebatesAndCommentsLinkedToTheirOriginalsUnderPseudonyms() throws Exception {
        SyncRun run = sync();

        assertEquals("done", run.outcome(), run.problem());
        assertEquals(9, run.counts().created(), "4 proposals less the erased account's, a debate, 5 comments: " + run.counts());
        Contribution benches = h.contribution("proposal", "201");
        assertEquals("https://consul.example.gov.uk/proposals/201", benches.link());
        assertEquals("Benches around the boating lake", benches.title());
        assertTrue(benches.body().startsWith("Put six benches around the boating lake in Victoria Park.\n\nOlder residents"),
                benches.body());
        assertTrue(benches.body().contains("- six benches") && !benches.body().contains("<"), benches.body());
        assertEquals("en", benches.language());
        assertEquals(Instant.parse("2026-10-05T09:00:00Z"), benches.created());
        assertEquals("consul-proposals", benches.container().type());
        assertEquals(HOST, benches.container().id());
        assertEquals(h.pseudonyms.authorAt("consul:" + HOST, "7"), benches.author());
        assertFalse(benches.author().contains("parkrunner"));

        assertEquals("cy", h.contribution("proposal", "202").language(), "Welsh, with no locale given, is found Welsh");
        assertEquals("cy", h.contribution("comment", "403").language());
        assertEquals(h.pseudonyms.authorAt("consul:" + HOST, "private"), h.contribution("proposal", "203").author(),
                "someone who keeps their activity private is filed under the site's private pseudonym");
        assertFalse(h.inArchive("proposal", "204"), "an erased account's words are never taken in");
        assertFalse(h.inArchive("comment", "406"), "a comment on a poll is not followed");

        Contribution reply = h.contribution("comment", "402");
        assertEquals("https://consul.example.gov.uk/proposals/201#comment_402", reply.link());
        assertEquals("401", h.store.item(HOST, ItemType.COMMENT, "402").orElseThrow().parentId(), "threaded by its ancestry");
        Contribution onDebate = h.contribution("comment", "404");
        assertEquals("consul-debates", onDebate.container().type());
        assertEquals("https://consul.example.gov.uk/debates/301#comment_404", onDebate.link());
        assertEquals("https://consul.example.gov.uk/debates/301", h.contribution("debate", "301").link());
    }

    @Test
    void aSecondSyncOfAnUnchangedSiteWritesNothing() throws Exception {
        sync();
        long sequence = h.archive.currentSequence();

        SyncRun again = sync();

        assertEquals(0, again.counts().changes(), again.counts().toString());
        assertEquals(sequence, h.archive.currentSequence());
    }

    @Test
    void anEditAtTheSourceIsAnEditInTheArchiveOnce() throws Exception {
        sync();
        h.consul.edit("proposals", "201", "description", "<p>Parents with prams need benches by the pond too.</p>");

        assertEquals(1, sync().counts().edited());
        assertTrue(h.contribution("proposal", "201").body().contains("prams"));
        long sequence = h.archive.currentSequence();
        sync();
        assertEquals(sequence, h.archive.currentSequence());
    }

    @Test
    void aModeratedItemLeavesWithItsCommentsAndComesBackWhenShownAgain() throws Exception {
        sync();
        h.consul.hide("proposals", "202");

        SyncRun run = sync();

        assertEquals(2, run.counts().hidden(), run.counts().toString());
        Contribution trees = h.contribution("proposal", "202");
        assertEquals(ContributionState.HIDDEN, trees.state());
        assertTrue(trees.moderationNote().startsWith("CONSUL: no longer on the site"), trees.moderationNote());
        assertEquals(ContributionState.HIDDEN, h.contribution("comment", "403").state());

        h.consul.restore("proposals", "202");
        assertEquals(2, sync().counts().unhidden());
        assertEquals(ContributionState.PUBLISHED, h.contribution("proposal", "202").state());
        assertEquals(ContributionState.PUBLISHED, h.contribution("comment", "403").state());
    }

    @Test
    void anItemAskedForByIdIsGoneAlsoWhenTheSiteAnswersWithNoContent() throws Exception {
        sync();
        h.consul.answerNotFoundWithNoContent();
        h.consul.hide("debates", "301");

        sync();

        assertEquals(ContributionState.HIDDEN, h.contribution("debate", "301").state());
        assertEquals(ContributionState.HIDDEN, h.contribution("comment", "405").state());
    }

    @Test
    void anErasedAccountHasItsWordsFromTheSiteErased() throws Exception {
        sync();
        h.consul.eraseAccount("8");

        SyncRun run = sync();

        assertEquals(3, run.counts().erased(), "the proposal and the two comments of user 8: " + run.counts());
        for (String[] item : List.of(new String[] {"proposal", "202"}, new String[] {"comment", "403"}, new String[] {"comment", "405"})) {
            assertEquals(ContributionState.ERASED, h.contribution(item[0], item[1]).state(), item[1]);
        }
        assertEquals(ContributionState.PUBLISHED, h.contribution("proposal", "201").state());
        long sequence = h.archive.currentSequence();
        sync();
        assertEquals(sequence, h.archive.currentSequence(), "erased once");
    }

    @Test
    void aRetiredProposalIsHiddenAsWithdrawn() throws Exception {
        sync();
        h.consul.retire("203");

        sync();

        Contribution library = h.contribution("proposal", "203");
        assertEquals(ContributionState.HIDDEN, library.state());
        assertEquals("CONSUL: retired by its author on the site", library.moderationNote());
    }

    @Test
    void aPartialAnswerIsUsedForWhatItHoldsAndHidesNothingOnItsAccount() throws Exception {
        sync();
        h.consul.hide("proposals", "202");
        h.consul.failItem("proposals", "203");
        h.consul.failAuthorOf("proposals", "201");
        h.consul.edit("proposals", "201", "title", "Benches and shade around the boating lake");

        SyncRun run = sync();

        assertEquals("partial", run.outcome());
        assertTrue(run.problem().contains("proposals/edges/"), run.problem());
        assertTrue(run.advice().contains("nothing was taken as gone"), run.advice());
        assertEquals(ContributionState.PUBLISHED, h.contribution("proposal", "202").state(),
                "an incomplete listing of proposals hides no proposal");
        Contribution benches = h.contribution("proposal", "201");
        assertEquals("Benches and shade around the boating lake", benches.title(), "the text came, its author did not: used");
        assertEquals(ContributionState.PUBLISHED, benches.state(), "an author that failed to load erases nobody");

        h.consul.recover();
        sync();
        assertEquals(ContributionState.HIDDEN, h.contribution("proposal", "202").state());
    }

    @Test
    void aNewItemWhoseAuthorFailedToLoadWaitsForTheNextSync() throws Exception {
        h.consul.failAuthorOf("debates", "301");

        assertEquals("partial", sync().outcome());
        assertFalse(h.inArchive("debate", "301"));

        h.consul.recover();
        sync();
        assertEquals(h.pseudonyms.authorAt("consul:" + HOST, "9"), h.contribution("debate", "301").author());
    }

    @Test
    void pagesOf25AndARunStoppedHalfWayResumesWhereItWas() throws Exception {
        for (int i = 1; i <= 30; i++) {
            h.consul.add("proposals", FakeConsul.proposal(String.valueOf(1000 + i), "9", "Proposal " + i,
                    "Resurface footpath number " + i + " across the common."));
        }
        h.consul.fail(Fault.slow(0), Fault.status(502), Fault.status(502), Fault.status(502), Fault.status(502),
                Fault.status(502), Fault.status(502));

        SourceException failed = assertThrows(SourceException.class, this::sync);
        assertTrue(failed.advice().contains("next sync"), failed.advice());
        assertEquals("failed", h.store.runs(HOST, 1).get(0).outcome());
        assertTrue(h.inArchive("proposal", "1021"), "the first page of 25 was taken before the site failed");
        assertFalse(h.inArchive("proposal", "1022"));
        SiteState stopped = h.store.state(HOST);
        assertEquals(ItemType.PROPOSAL, stopped.collection());

        int before = h.consul.queries().size();
        SyncRun resumed = sync();

        assertEquals("done", resumed.outcome(), resumed.problem());
        assertTrue(h.consul.queries().get(before).contains("proposals(first: 25, after: \"MjU=\")"), h.consul.queries().get(before));
        assertTrue(h.inArchive("proposal", "1030"));
        assertEquals(ContributionState.PUBLISHED, h.contribution("proposal", "201").state(),
                "what the stopped run saw still counts as seen");
        assertEquals(0, h.store.presentButUnseen(HOST, ItemType.PROPOSAL, Long.MAX_VALUE).stream()
                .filter(s -> s.status() != SeenItem.Status.PRESENT).count());
        assertFalse(h.store.state(HOST).underWay());
    }

    @Test
    void a429IsWaitedOutForAsLongAsRetryAfterSays() throws Exception {
        h.consul.fail(Fault.tooManyRequests("120"));
        Instant start = h.time.instant();

        assertEquals("done", sync().outcome());

        assertTrue(Duration.between(start, h.time.instant()).toSeconds() >= 120, "waited " + Duration.between(start, h.time.instant()));
        assertTrue(h.inArchive("proposal", "201"));
    }

    @Test
    void aSiteThatCannotBeReadIsAFailedRunThatSaysWhatToDo() throws Exception {
        h.consul.close();

        SourceException e = assertThrows(SourceException.class, this::sync);

        SyncRun run = h.store.runs(HOST, 1).get(0);
        assertEquals("failed", run.outcome());
        assertTrue(run.problem().startsWith("The site could not be reached"), run.problem());
        assertTrue(run.advice().contains("Check the site is up"), run.advice());
        assertEquals(e.advice(), run.advice());
    }
}
