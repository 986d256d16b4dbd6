package org.folkmoot.search.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.folkmoot.api.archive.ChangeKind;
import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.Containers;
import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.platform.internal.privacy.UkRedactor;
import org.folkmoot.search.internal.index.ContributionIndex;
import org.folkmoot.search.internal.index.IndexFollower;
import org.folkmoot.search.internal.index.IndexedContribution;
import org.folkmoot.search.internal.index.SearchRequest;
import org.junit.jupiter.api.Test;

class ArchiveFeedTest {

    static final UkRedactor REDACTOR = new UkRedactor();

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
        IndexedContribution published = ArchiveFeed.toIndexed(contribution("1", 1, "x", "cy", ContributionState.PUBLISHED), REDACTOR);
        assertEquals(IndexedContribution.State.PUBLISHED, published.state());
        assertEquals("cy", published.language());
        assertEquals("Riverside plan", published.containerTitle());
        assertNull(published.locality());
        assertEquals(IndexedContribution.State.HIDDEN,
                ArchiveFeed.toIndexed(contribution("1", 2, "x", "en", ContributionState.HIDDEN), REDACTOR).state());
        assertEquals(IndexedContribution.State.HIDDEN,
                ArchiveFeed.toIndexed(contribution("1", 3, "x", "en", ContributionState.WITHDRAWN), REDACTOR).state());
        assertEquals(IndexedContribution.State.ERASED,
                ArchiveFeed.toIndexed(contribution("1", 4, "x", "en", ContributionState.ERASED), REDACTOR).state());
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
            IndexFollower follower = new IndexFollower(index, new ArchiveFeed(archive(changes), REDACTOR), 7);
            assertEquals(31, follower.catchUp());
            assertTrue(index.awaitSearchable(5_000));
            assertEquals(29, index.search(SearchRequest.of("coed")).total());
            assertEquals(0, index.search(SearchRequest.of("pseudonym-zqxw")).total());
            assertEquals(0, index.search(SearchRequest.of("zqxw")).total());
            assertEquals(31, index.lastAppliedSequence());
        }
    }

    /**
     * The platform's resolver as a module would answer through it: asset transfer cases with Welsh
     * titles, each the child of an asset. Counts the look-ups, which the feed should make once per container.
     */
    static final class CaseContainers implements Containers {
        final java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public List<ContainerType> types() {
            return List.of(new ContainerType("asset-transfer", new LocalisedText("Asset transfer case", "Achos trosglwyddo ased")));
        }

        @Override
        public Optional<ContainerDetails> describe(ContainerRef ref) {
            lookups.incrementAndGet();
            if (ref.type().equals("asset")) {
                return Optional.of(new ContainerDetails(ref, new LocalisedText("Old library", "Hen lyfrgell"), null, "/assets/register/" + ref.id()));
            }
            if (!ref.type().equals("asset-transfer")) {
                return Optional.empty();
            }
            return Optional.of(new ContainerDetails(ref, new LocalisedText("Transfer of the old library", "Trosglwyddo'r hen lyfrgell"),
                    new ContainerRef("asset", "A-1"), "/assets/cases/" + ref.id(), ODBL));
        }

        @Override
        public Optional<String> pageOf(Contribution contribution) {
            throw new UnsupportedOperationException("the feed asks for the container once and applies the rule itself");
        }
    }

    static final org.folkmoot.api.container.Licence ODBL = new org.folkmoot.api.container.Licence("ODbL 1.0",
            "https://opendatacommons.org/licenses/odbl/1-0/", new LocalisedText("Contains information from a site",
                    "Yn cynnwys gwybodaeth o wefan"));

    static Contribution inCase(String id, long seq, String link) {
        return new Contribution(id, "", "assets", new Container("asset-transfer", "42", "as filed"), "representation", "",
                "We would run the library as a community hub", "en", "", "p-1", Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:00Z"), ContributionState.PUBLISHED, List.of(), seq, ChangeKind.CREATED, "", link);
    }

    @Test
    void hitsPointToTheLinkElseTheContainersPageAndFacetsOfferTheParentInBothLanguages() throws Exception {
        List<Contribution> changes = List.of(inCase("r1", 1, ""), inCase("r2", 2, "/assets/cases/42#representation-r2"),
                contribution("p1", 3, "a community hub for the plan", "en", ContributionState.PUBLISHED));
        CaseContainers containers = new CaseContainers();
        try (ContributionIndex index = new ContributionIndex(new ByteBuffersDirectory(), ContributionIndex.Settings.defaults())) {
            IndexFollower follower = new IndexFollower(index, new ArchiveFeed(archive(changes), () -> containers, REDACTOR), 10);
            assertEquals(3, follower.catchUp());
            assertTrue(index.awaitSearchable(5_000));
            var result = index.search(SearchRequest.of("community hub").withSort(SearchRequest.Sort.NEWEST));
            java.util.Map<String, String> urls = new java.util.HashMap<>();
            result.hits().forEach(h -> urls.put(h.id(), h.url()));
            assertEquals("/assets/cases/42", urls.get("r1"));
            assertEquals("/assets/cases/42#representation-r2", urls.get("r2"));
            assertNull(urls.get("p1"), "no module describes the plan: the search page falls back, never the JSON");
            var hub = result.hits().stream().filter(h -> h.id().equals("r1")).findFirst().orElseThrow();
            assertEquals("Transfer of the old library", hub.containerTitle());
            assertEquals("Trosglwyddo'r hen lyfrgell", hub.containerTitleCy());
            assertEquals(ODBL, hub.licence(), "the container's licence, with its attribution, reaches the hit");
            assertNull(result.hits().stream().filter(h -> h.id().equals("p1")).findFirst().orElseThrow().licence(),
                    "what has no licence of its own shows none");
            var parents = result.facets().get(org.folkmoot.search.internal.index.Facet.PARENT);
            assertEquals(1, parents.size());
            assertEquals("asset/A-1", parents.get(0).value());
            assertEquals("Old library", parents.get(0).label());
            assertEquals("Hen lyfrgell", parents.get(0).labelCy());
            assertEquals(2, parents.get(0).count());
            var containersFacet = result.facets().get(org.folkmoot.search.internal.index.Facet.CONTAINER);
            assertTrue(containersFacet.stream().anyMatch(v -> v.value().equals("asset-transfer/42")
                    && v.label().equals("Transfer of the old library (Old library)")
                    && v.labelCy().equals("Trosglwyddo'r hen lyfrgell (Hen lyfrgell)")), containersFacet.toString());
            assertEquals("Old library", hub.parentTitle());
            assertEquals("Hen lyfrgell", hub.parentTitleCy());
            assertEquals(2, index.search(SearchRequest.of("hub").withFilter(org.folkmoot.search.internal.index.Facet.PARENT, "asset/A-1")).total());
            assertEquals(3, containers.lookups.get(), "one look-up per container (and parent) per page of changes");
        }
    }

    @Test
    void personalDataIsRedactedBeforeTheIndexSeesItWithLabelsInTheContributionsLanguage() throws Exception {
        List<Contribution> changes = List.of(
                contribution("en1", 1, "Email me at jo.bloggs@example.org or ring 07700 900123, I live at CF10 3NQ, about the bins.",
                        "en", ContributionState.PUBLISHED),
                contribution("cy1", 2, "Ffoniwch 029 2087 2087 am y biniau; fy rhif YG yw AB 12 34 56 C.", "cy",
                        ContributionState.PUBLISHED));
        try (ContributionIndex index = new ContributionIndex(new ByteBuffersDirectory(), ContributionIndex.Settings.defaults())) {
            IndexFollower follower = new IndexFollower(index, new ArchiveFeed(archive(changes), REDACTOR), 10);
            assertEquals(2, follower.catchUp());
            assertTrue(index.awaitSearchable(5_000));
            for (String q : List.of("jo.bloggs@example.org", "example", "07700", "CF10", "2087", "AB", "removed", "dynnu")) {
                assertEquals(0, index.search(SearchRequest.of(q)).total(), q);
            }
            String en = index.search(SearchRequest.of("bins")).hits().get(0).snippet();
            assertTrue(en.contains("[email removed]") && en.contains("[phone number removed]") && en.contains("<mark>bins</mark>"), en);
            String cy = index.search(SearchRequest.of("biniau")).hits().get(0).snippet();
            assertTrue(cy.contains("[rhif ffôn wedi&#x27;i dynnu]"), cy); // the snippet is escaped HTML
            assertTrue(cy.contains("Yswiriant Gwladol") && !cy.contains("34 56"), cy);
        }
    }
}
