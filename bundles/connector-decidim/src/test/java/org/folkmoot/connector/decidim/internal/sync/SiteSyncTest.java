package org.folkmoot.connector.decidim.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.connector.decidim.fixture.FakeDecidim.Fault;
import org.folkmoot.connector.decidim.internal.client.SourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SiteSyncTest {

    private SyncHarness h;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void theFirstLookTakesEveryFollowedItemWithItsCommentsLinkedToTheirOriginals() throws Exception {
        h = new SyncHarness("0.31");

        SyncRun run = h.follower.newItems();

        assertEquals("done", run.outcome(), run.problem());
        Contribution benches = h.contribution("proposal", "101");
        assertEquals("More benches by the pond", benches.title());
        assertEquals("Older residents need somewhere to rest on the walk round the pond.", benches.body());
        assertEquals("https://decidim.example.gov.uk/processes/victoria-park/f/11/proposals/101", benches.link());
        assertEquals("decidim-component", benches.container().type());
        assertEquals("Victoria Park renewal: Ideas for the park", benches.container().title());
        assertEquals(h.pseudonyms.authorAt("decidim:decidim.example.gov.uk", "501"), benches.author());
        Contribution reply = h.contribution("comment", "9002");
        assertEquals("Planting trees by the benches would give shade.", reply.body());
        assertEquals(benches.author(), reply.author(), "the same resident, the same pseudonym");
        assertTrue(reply.link().endsWith("/proposals/101?commentId=9002#comment_9002"), reply.link());
        assertEquals("ca", h.contribution("proposal", "103").language(), "the human-written Catalan, not the machine's English");
        assertTrue(h.contribution("proposal", "103").body().startsWith("La font"));
        assertTrue(h.inArchive("debate", "201") && h.inArchive("comment", "9101") && h.inArchive("meeting", "301")
                && h.inArchive("result", "401") && h.inArchive("proposal", "3101"), "debates, meetings, results, assemblies");
        assertFalse(h.inArchive("proposal", "104"), "its author's account is deleted (answered null with an error)");
        assertEquals(12, run.counts().created());
        assertEquals(1, run.counts().refused());
        var component = new org.folkmoot.connector.decidim.internal.site.SiteContainers(
                new org.folkmoot.connector.decidim.internal.site.ConnectorStorage(h.transactions, null))
                .describe(h.contribution("proposal", "102").container().type(), h.contribution("proposal", "102").container().id())
                .orElseThrow();
        org.folkmoot.api.container.Licence licence = component.licenceIfAny().orElseThrow();
        assertEquals("ODbL 1.0", licence.name(), "search shows Decidim's open-data licence beside the hit");
        assertEquals("https://opendatacommons.org/licenses/odbl/1-0/", licence.url());
        assertEquals("Contains information from decidim.example.gov.uk, made available under the Open Database Licence",
                licence.attribution().en());
        assertTrue(licence.attribution().cy().startsWith("Yn cynnwys gwybodaeth o decidim.example.gov.uk"));
    }

    @Test
    void syncingAgainChangesNothingThatDidNotChangeAndAReconcileReadsOnlyTheListing() throws Exception {
        h = new SyncHarness("0.31");
        h.follower.newItems();
        long sequence = h.archive.currentSequence();
        assertEquals(java.util.Set.of("append"), h.writesSinceLastAsked().keySet(), "the first look appends");
        h.time.pass(Duration.ofHours(1));

        SyncRun again = h.follower.newItems();
        SyncRun reconcile = h.follower.reconcile();

        assertEquals(Map.of(), h.writesSinceLastAsked(), "no call of any archive method that writes");

        assertEquals(0, again.counts().changes());
        assertEquals(0, reconcile.counts().changes(), reconcile.counts().toString());
        assertEquals(sequence, h.archive.currentSequence(), "nothing written to the archive");
        assertEquals(6, reconcile.counts().requests(), "the spaces, then one page of dates and counts per component");
        JsonNode lastLook = h.decidim.requests().stream().filter(r -> r.path("variables").has("since")).reduce((a, b) -> b)
                .orElseThrow();
        assertEquals("2026-11-20", lastLook.path("variables").path("since").asText(), "published since the day of the last look");
    }

    /**
     * A reconcile of many unchanged items (six pages of 50) makes no call of any archive method that writes: not an
     * append of what is there (which the archive would answer with the stored one), not an edit of the same text.
     * The same count over 100,000 items is {@code ReconcileBenchmark}'s, with its time.
     */
    @Test
    void aReconcileOfManyUnchangedItemsWritesNothingToTheArchive() throws Exception {
        h = new SyncHarness("0.31", List.of("participatory-process:1"));
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 280; i++) {
            h.decidim.add("11", ReconcileBenchmark.proposal(json, 5000 + i));
        }
        SyncRun first = h.follower.newItems();
        int taken = first.counts().created();
        assertTrue(taken > 280, "280 ideas and the park's own items: " + first.counts());
        assertEquals(taken, h.writesSinceLastAsked().get("append"));
        long sequence = h.archive.currentSequence();

        for (int run = 0; run < 2; run++) {
            h.time.pass(Duration.ofHours(24));
            SyncRun reconcile = h.follower.reconcile();
            assertEquals(0, reconcile.counts().changes(), reconcile.counts().toString());
            assertTrue(reconcile.counts().unchanged() >= 280, reconcile.counts().toString());
            assertEquals(Map.of(), h.writesSinceLastAsked(), "reconcile " + run + " called no archive method that writes");
            assertEquals(sequence, h.archive.currentSequence());
        }
    }

    @Test
    void anEditAtTheSourceBecomesAnEditInTheArchiveAndOnlyThatItemIsFetched() throws Exception {
        h = new SyncHarness("0.31");
        h.follower.newItems();
        h.decidim.editBody("11", "101", "body", "en", "<p>Older residents and parents with prams need benches.</p>",
                "2026-11-21T09:00:00Z");

        SyncRun run = h.follower.reconcile();

        assertEquals(1, run.counts().edited(), run.counts().toString());
        assertEquals(0, run.counts().created() + run.counts().hidden());
        assertEquals("Older residents and parents with prams need benches.", h.contribution("proposal", "101").body());
        assertEquals(7, run.counts().requests(), "the listing, plus the one item that changed");
    }

    @Test
    void aModeratedItemOrCommentIsHiddenWithTheReasonAndShownAgainWhenItComesBack() throws Exception {
        h = new SyncHarness("0.31");
        h.follower.newItems();
        ObjectNode trees = h.decidim.item("11", "102").deepCopy();
        h.decidim.remove("11", "102");
        h.decidim.removeComment("11", "101", "9003");

        SyncRun run = h.follower.reconcile();

        Contribution trees102 = h.contribution("proposal", "102");
        assertEquals(ContributionState.HIDDEN, trees102.state());
        assertTrue(trees102.moderationNote().contains("no longer on the site"), trees102.moderationNote());
        assertEquals(ContributionState.HIDDEN, h.contribution("comment", "9003").state());
        assertEquals(ContributionState.PUBLISHED, h.contribution("comment", "9001").state());
        assertEquals(2, run.counts().hidden());

        h.decidim.add("11", trees);
        SyncRun back = h.follower.reconcile();
        assertEquals(ContributionState.PUBLISHED, h.contribution("proposal", "102").state());
        assertEquals(1, back.counts().unhidden());
    }

    @Test
    void aDeletedAccountHasItsContributionsErasedAndAWithdrawnProposalIsHidden() throws Exception {
        h = new SyncHarness("0.31");
        h.follower.newItems();
        h.decidim.deleteAccount("501");
        h.decidim.item("11", "103").put("withdrawn", true);

        SyncRun run = h.follower.reconcile();

        assertEquals(ContributionState.ERASED, h.contribution("proposal", "101").state());
        assertEquals(ContributionState.ERASED, h.contribution("comment", "9002").state(), "their reply too");
        assertFalse(h.contribution("proposal", "101").body().contains("benches"));
        assertEquals(ContributionState.PUBLISHED, h.contribution("comment", "9001").state(), "others' comments stay");
        assertEquals(2, run.counts().erased());
        Contribution fountain = h.contribution("proposal", "103");
        assertEquals(ContributionState.HIDDEN, fountain.state());
        assertTrue(fountain.moderationNote().contains("withdrawn"), fountain.moderationNote());
        assertEquals(0, h.follower.reconcile().counts().changes(), "and nothing more the next time");
    }

    @Test
    void aSpaceMadePrivateHasItsItemsHiddenButAnIncompleteListingHidesNothing() throws Exception {
        h = new SyncHarness("0.31");
        h.follower.newItems();
        h.decidim.item("11", "105").put("$error", "Internal server error");

        SyncRun partial = h.follower.reconcile();

        assertEquals("partial", partial.outcome());
        assertTrue(partial.problem().contains("Internal server error"), partial.problem());
        assertEquals(ContributionState.PUBLISHED, h.contribution("proposal", "105").state(),
                "an item that failed to load may still be there");

        h.decidim.hideSpace("assemblies", "3");
        h.follower.reconcile();
        Contribution skate = h.contribution("proposal", "3101");
        assertEquals(ContributionState.HIDDEN, skate.state());
        assertTrue(skate.moderationNote().contains("no longer public"), skate.moderationNote());
    }

    @Test
    void pagesOfFiftyInIdOrderAndARunStoppedByTheSiteResumesWhereItStopped() throws Exception {
        h = new SyncHarness("0.31", List.of("participatory-process:1"));
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 120; i++) {
            ObjectNode p = (ObjectNode) json.readTree("{\"id\":\"" + (1000 + i) + "\",\"title\":{\"translations\":[{\"locale\":"
                    + "\"en\",\"text\":\"Idea " + i + "\",\"machineTranslated\":false}]},\"body\":{\"translations\":[{\"locale\":"
                    + "\"en\",\"text\":\"<p>Idea number " + i + " for the park</p>\",\"machineTranslated\":false}]},\"author\":"
                    + "{\"id\":\"" + (600 + i % 7) + "\",\"deleted\":false},\"publishedAt\":\"2026-10-20T09:00:00Z\","
                    + "\"createdAt\":\"2026-10-20T09:00:00Z\",\"updatedAt\":\"2026-10-20T09:00:00Z\",\"versionsCount\":1,"
                    + "\"withdrawn\":false,\"comments\":[]}");
            h.decidim.add("11", p);
        }
        h.decidim.failWhen(r -> "cursor-50".equals(r.path("variables").path("after").asText()), Fault.status(503));

        SourceException stopped = assertThrows(SourceException.class, () -> h.follower.newItems());
        assertTrue(stopped.advice().contains("next sync"), stopped.advice());
        assertEquals("failed", h.store.runs(h.site.host(), 1).get(0).outcome());
        assertTrue(h.inArchive("proposal", "1044") && !h.inArchive("proposal", "1045"), "the first page of 50 is in");

        h.decidim.recover();
        int before = h.decidim.requests().size();
        SyncRun resumed = h.follower.newItems();

        JsonNode firstPage = h.decidim.requests().subList(before, h.decidim.requests().size()).stream()
                .filter(r -> r.path("query").asText().contains("proposals(")).findFirst().orElseThrow();
        assertEquals("cursor-50", firstPage.path("variables").path("after").asText(), "carried on from the second page");
        assertTrue(h.inArchive("proposal", "1119"));
        assertEquals(120 + 10, resumed.counts().created() + h.store.runs(h.site.host(), 5).stream()
                .filter(r -> r.id() != resumed.id()).mapToInt(r -> r.counts().created()).sum(),
                "every item of the park once: 120 ideas, four proposals, a debate, a meeting and four comments");
        assertFalse(h.inArchive("proposal", "3101"), "the assembly is not followed");
        assertTrue(h.decidim.requests().stream().filter(r -> r.path("query").asText().contains("proposals("))
                .allMatch(r -> r.path("query").asText().contains("first: 50")), "50 a page at most");
    }

    @Test
    void aSiteThatCannotBeReachedIsAFailedRunSayingWhatToDo() throws Exception {
        h = new SyncHarness("0.31");
        h.decidim.failAlways(Fault.status(502));

        assertThrows(SourceException.class, () -> h.follower.reconcile());

        SyncRun failed = h.store.runs(h.site.host(), 1).get(0);
        assertEquals("failed", failed.outcome());
        assertTrue(failed.problem().contains("502"), failed.problem());
        assertTrue(failed.advice().contains("tries again"), failed.advice());
    }

    @Test
    void aTooManyRequestsAnswerDuringASyncIsWaitedOut() throws Exception {
        h = new SyncHarness("0.31");
        h.decidim.fail(Fault.tooManyRequests("30"));

        assertEquals("done", h.follower.newItems().outcome());
        assertTrue(h.time.waited().compareTo(Duration.ofSeconds(30)) >= 0, "waited " + h.time.waits());
    }

    @Test
    void bothSchemaVersionsAreReadAndTheirDifferencesDetected() throws Exception {
        h = new SyncHarness("0.27");
        SyncRun old = h.follower.newItems();
        assertEquals("done", old.outcome(), old.problem());
        assertEquals(12, old.counts().created());
        assertEquals("Decidim 0.27.6; categories; endorsements", h.store.state(h.site.host()).schemaSummary());
        assertEquals(List.of("parks and green spaces"), h.contribution("proposal", "101").tags(), "0.27: its category");
        assertTrue(h.decidim.requests().stream().noneMatch(r -> r.path("query").asText().contains("withdrawn")),
                "0.27 has no withdrawn field, so it is not asked for");
        int before = h.decidim.requests().size();
        assertEquals("done", h.follower.newItems().outcome(), "a later look asks only what each list takes");
        List<String> looks = h.decidim.requests().subList(before, h.decidim.requests().size()).stream()
                .map(r -> r.path("query").asText()).filter(q -> q.contains("items:")).toList();
        assertTrue(looks.stream().anyMatch(q -> q.contains("proposals(") && q.contains("publishedSince")), looks.toString());
        assertTrue(looks.stream().anyMatch(q -> q.contains("debates(") && q.contains("order:") && !q.contains("publishedSince")),
                "0.27's debate filter has no publishedSince: " + looks);
        assertTrue(looks.stream().anyMatch(q -> q.contains("meetings(") && !q.contains("order:") && !q.contains("filter:")),
                "0.27's meetings list takes neither order nor filter: " + looks);
        h.close();

        h = new SyncHarness("0.31");
        h.follower.newItems();
        assertEquals("Decidim (version not disclosed); taxonomies; likes", h.store.state(h.site.host()).schemaSummary());
        assertEquals(List.of("parks and green spaces", "older people"), h.contribution("proposal", "101").tags(),
                "0.31: its taxonomies");
    }
}
