package org.folkmoot.search.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.folkmoot.api.archive.ChangeKind;
import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerProvider;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.api.search.SearchHit;
import org.folkmoot.api.search.SearchQuery;
import org.folkmoot.api.search.SearchResults;
import org.folkmoot.platform.internal.container.ContainerRegistry;
import org.folkmoot.platform.internal.privacy.UkRedactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search for modules as a module uses it: an assembly searching its own contributions, and its plans'
 * (children) if it asks, in one language, a page at a time, linked to where each was said.
 */
class ContainerSearchServiceTest {

    private static final ContainerRef A1 = new ContainerRef("assembly", "a1");
    private static final ContainerRef A2 = new ContainerRef("assembly", "a2");

    /** Assemblies, and plans whose parent is an assembly (p1 in a1, p2 in a2), each with a page. */
    private static final ContainerProvider PROVIDER = new ContainerProvider() {
        @Override
        public String module() {
            return "assemblies";
        }

        @Override
        public List<ContainerType> types() {
            return List.of(new ContainerType("assembly", LocalisedText.of("Assembly")),
                    new ContainerType("plan", LocalisedText.of("Plan")));
        }

        @Override
        public Optional<ContainerDetails> describe(String type, String id) {
            ContainerRef ref = new ContainerRef(type, id);
            return Optional.of(type.equals("plan")
                    ? new ContainerDetails(ref, LocalisedText.of("Plan " + id), new ContainerRef("assembly", "a" + id.substring(1)),
                            "/plans/" + id)
                    : new ContainerDetails(ref, LocalisedText.of("Assembly " + id), null, "/assemblies/" + id));
        }
    };

    @TempDir
    Path data;

    private final List<Contribution> archive = new CopyOnWriteArrayList<>();
    private SearchService service;
    private ContainerSearchService search;

    private void publish(String id, String type, String container, String title, String body, String language, String day) {
        long seq = archive.size() + 1;
        Instant at = Instant.parse(day + "T10:00:00Z");
        archive.add(new Contribution(id, "", "assemblies", new Container(type, container, ""), "comment", title, body,
                language, "", "author-" + id, at, at, ContributionState.PUBLISHED, List.of(), seq, ChangeKind.CREATED, ""));
    }

    @BeforeEach
    void start() throws Exception {
        publish("direct", "assembly", "a1", "Cycle lanes", "The assembly should hear about cycle lanes on the high street.", "en", "2024-01-03");
        publish("older", "assembly", "a1", "Buses", "Evening buses to the hospital, and safe cycle parking.", "en", "2024-01-01");
        publish("in-plan", "plan", "p1", "Cycle routes", "Cycle routes to school in the plan for the village.", "en", "2024-01-02");
        publish("welsh", "assembly", "a1", "Lonydd beicio", "Mae angen lonydd beicio diogel ar y stryd fawr.", "cy", "2024-01-04");
        publish("elsewhere", "assembly", "a2", "Cycle lanes", "Cycle lanes in another assembly altogether.", "en", "2024-01-05");
        publish("other-plan", "plan", "p2", "Cycle hire", "Cycle hire in another assembly's plan.", "en", "2024-01-06");
        service = new SearchService(SearchServiceTest.contextWith(data), SearchServiceTest.config(), SearchServiceTest.archiveOf(archive), new UkRedactor(), new ContainerRegistry(List.of(PROVIDER)));
        search = new ContainerSearchService(service);
        await("indexed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> service.progress().applied() == archive.size());
    }

    @AfterEach
    void stop() throws Exception {
        service.deactivate();
    }

    private static List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void findsOnlyTheModulesOwnContainersWithTheirChildrenIfAsked() {
        SearchResults own = search.search(SearchQuery.within("cycle lanes", A1));
        assertEquals(Set.of("direct", "older"), Set.copyOf(ids(own)));
        assertEquals("direct", own.hits().get(0).id(), "the one with both words first");
        SearchHit hit = own.hits().get(0);
        assertEquals("Cycle lanes", hit.title());
        assertTrue(hit.snippet().contains("<mark>cycle</mark> <mark>lanes</mark>"), hit.snippet());
        assertEquals("/assemblies/a1", hit.link());
        assertEquals(Instant.parse("2024-01-03T10:00:00Z"), hit.date());
        assertEquals(A1, hit.container());

        SearchResults withPlans = search.search(SearchQuery.within("cycle", A1).withChildren());
        assertEquals(Set.of("direct", "older", "in-plan"), Set.copyOf(ids(withPlans)));
        SearchHit inPlan = withPlans.hits().stream().filter(h -> h.id().equals("in-plan")).findFirst().orElseThrow();
        assertEquals("/plans/p1", inPlan.link(), "where it was said: the plan's page");

        assertEquals(Set.of("direct", "older", "elsewhere", "other-plan", "in-plan"),
                Set.copyOf(ids(search.search(new SearchQuery("cycle", Set.of(A1, A2), true, null, 0, 10)))));
    }

    @Test
    void oneLanguageAndPages() {
        assertEquals(List.of("welsh"), ids(search.search(SearchQuery.within("", A1).inLanguage("cy"))));
        assertEquals(List.of("direct", "older"), ids(search.search(SearchQuery.within("cycle", A1).inLanguage("en"))));

        SearchResults all = search.search(SearchQuery.within("", A1).withChildren());
        assertEquals(List.of("welsh", "direct", "in-plan", "older"), ids(all), "no words: newest first");
        SearchResults second = search.search(SearchQuery.within("", A1).withChildren().page(2, 2));
        assertEquals(4, second.total());
        assertEquals(List.of("in-plan", "older"), ids(second));
        assertEquals(3, second.first());
        assertEquals(4, second.last());
        SearchResults beyond = search.search(SearchQuery.within("", A1).page(20, 10));
        assertEquals(3, beyond.total());
        assertEquals(0, beyond.first());
    }

    @Test
    void whatResidentsTypeNeverFailsAndMisspellingsAreSearchedAsTheyWereMeant() {
        for (String words : new String[] {"\"unbalanced (", "*", "-", "field:value", "\u0000\uD800", "x".repeat(6_000)}) {
            search.search(SearchQuery.within(words, A1));
        }
        SearchResults corrected = search.search(SearchQuery.within("hospitall", A1));
        assertEquals(List.of("older"), ids(corrected));
        assertEquals("hospital", corrected.showingResultsFor());
    }

    @Test
    void aQueryMustNameItsContainersAndAPageWithinReach() {
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.within("cycle"));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.within("cycle", A1).page(0, 101));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.within("cycle", A1).page(9_995, 10));
    }
}
