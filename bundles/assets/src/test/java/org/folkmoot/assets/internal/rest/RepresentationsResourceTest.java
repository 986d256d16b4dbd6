package org.folkmoot.assets.internal.rest;

import org.folkmoot.platform.internal.storage.JdbcTransactions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.folkmoot.api.archive.Appended;
import org.folkmoot.api.archive.ChangeKind;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionQuery;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assets.internal.containers.AssetContainers;
import org.folkmoot.platform.internal.privacy.UkRedactor;
import org.folkmoot.testkit.TestClock;
import org.folkmoot.testkit.TestUsers;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Representations at resource level. The archive here is a list standing in for the platform's;
 * the real one is exercised by the platform's and the distribution's tests.
 */
class RepresentationsResourceTest {
    /** Keeps appended contributions in a list; answers only what this resource uses. */
    static final class ListArchive implements ContributionArchive {
        final List<Contribution> all = new ArrayList<>();

        @Override
        public Appended append(NewContribution n) {
            if (n.body().isBlank()) {
                throw new IllegalArgumentException("blank body");
            }
            Contribution c = new Contribution("c" + (all.size() + 1), n.externalId(), n.module(), n.container(), n.kind(),
                    n.title(), n.body(), n.language(), n.locality(), n.author(), created(), created(),
                    ContributionState.PUBLISHED, n.tags(), all.size() + 1, ChangeKind.CREATED, "", n.link());
            all.add(c);
            return new Appended(c, true);
        }

        /** Now, one millisecond later for each contribution, as the archive's own sequence orders them. */
        private Instant created() {
            return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plusMillis(all.size());
        }

        @Override
        public List<Contribution> find(ContributionQuery q) {
            return all.stream().filter(c -> c.module().equals(q.module()) && c.container().id().equals(q.containerId())).toList();
        }

        @Override public Appended append(Connection tx, NewContribution c) { throw new UnsupportedOperationException(); }
        @Override public Optional<Contribution> get(String id) { throw new UnsupportedOperationException(); }
        @Override public Optional<Contribution> byExternalId(String id) { throw new UnsupportedOperationException(); }
        @Override public Contribution edit(String id, org.folkmoot.api.archive.Edit e, org.folkmoot.api.audit.Actor by) { throw new UnsupportedOperationException(); }
        @Override public Contribution edit(Connection tx, String id, org.folkmoot.api.archive.Edit e, org.folkmoot.api.audit.Actor by) { throw new UnsupportedOperationException(); }
        @Override public Contribution withdraw(String id, org.folkmoot.api.audit.Actor by) { throw new UnsupportedOperationException(); }
        @Override public Contribution hide(String id, String reason, org.folkmoot.api.audit.Actor by) { throw new UnsupportedOperationException(); }
        @Override public Contribution unhide(String id, String reason, org.folkmoot.api.audit.Actor by) { throw new UnsupportedOperationException(); }
        @Override public int eraseAuthor(String author, org.folkmoot.api.audit.Actor by) { throw new UnsupportedOperationException(); }
        @Override public void saveAuthorDetails(String author, org.folkmoot.api.archive.AuthorDetails d) { throw new UnsupportedOperationException(); }
        @Override public Optional<org.folkmoot.api.archive.AuthorDetails> authorDetails(String author) { throw new UnsupportedOperationException(); }
        @Override public List<Contribution> changesSince(long sequence, int limit) { throw new UnsupportedOperationException(); }
        @Override public long currentSequence() { return all.size(); }
    }

    static final SecurityContext RESIDENT = TestUsers.as(new FolkmootUser("r-7f3a", "Resident", Set.of("resident"),
            "test", null));

    /** Residents' pseudonyms as the platform forms them, simplified (no secret). */
    static final org.folkmoot.api.security.Pseudonyms PSEUDONYMS = new org.folkmoot.api.security.Pseudonyms() {
        @Override
        public String authorOf(FolkmootUser user) {
            return "u-" + user.id().replace("-", "");
        }

        @Override
        public String authorAt(String source, String authorId) {
            return "u-" + Integer.toHexString((source + "\n" + authorId).hashCode());
        }
    };

    final TestClock clock = TestClock.on(LocalDate.of(2026, 11, 2));
    final ListArchive archive = new ListArchive();
    CasesResource cases;
    RepresentationsResource representations;
    AssetStore store;

    @BeforeEach
    void setUp() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:reps-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V1__assets.sql'");
        }
        clock.set(LocalDate.parse("2026-11-02"));
        store = new AssetStore(ds, new JdbcTransactions(ds), clock);
        cases = new CasesResource(store);
        representations = new RepresentationsResource(store, archive, PSEUDONYMS, new UkRedactor());
        cases.openRequest(new CasesResource.NewRequest("ATR-9", "", "H1", "Bowling green", "Green Trust", "OWNERSHIP", null,
                LocalDate.parse("2026-11-02"), null), CasesResourceTest.OFFICER);
        cases.step("ATR-9", new CasesResource.StepRequest("validated", LocalDate.parse("2026-11-02"), null, null),
                CasesResourceTest.OFFICER);
    }

    @Test
    void theModuleDescribesItsCasesWithTheirAssetAsParentInEnglishAndWelsh() {
        AssetContainers containers = new AssetContainers(store);
        assertEquals(List.of("asset-transfer", "asset"), containers.types().stream().map(ContainerType::type).toList());
        ContainerDetails atr = containers.describe("asset-transfer", "ATR-9").orElseThrow();
        assertEquals("/asset-transfers/cases/ATR-9", atr.page());
        assertEquals("Asset transfer request: Bowling green", atr.title().en());
        assertEquals("Cais i drosglwyddo ased: Bowling green", atr.title().cy());
        assertEquals(Optional.empty(), atr.parentIfAny(), "H1 is not in the register yet");
        store.register().upsert(new org.folkmoot.assets.internal.register.Asset(
                new org.folkmoot.assets.internal.register.AssetKey("", "H1"), "", "", "Hatherley bowling green", "Hatherley Road",
                "Cheltenham", "", Optional.empty(), "Freehold", "", "Land", "Bowls", ""));
        ContainerRef parent = containers.describe("asset-transfer", "ATR-9").orElseThrow().parentIfAny().orElseThrow();
        assertEquals(new ContainerRef("asset", "/H1"), parent);
        ContainerDetails asset = containers.describe(parent.type(), parent.id()).orElseThrow();
        assertEquals("Hatherley bowling green", asset.title().cy());
        assertEquals("/asset-transfers?q=H1", asset.page());
        assertEquals(Optional.empty(), containers.describe("asset-transfer", "no-such-case"));
        assertEquals(Optional.empty(), containers.describe("asset", "no slash"));
        assertEquals(Optional.empty(), containers.describe("plan", "ATR-9"));
    }

    @Test
    void representationsAreTakenWhileTheNoticesRunAndPublishedRedacted() {
        ClientErrorException early = assertThrows(ClientErrorException.class, () -> representations.submit("ATR-9",
                new RepresentationsResource.NewRepresentation(null, "Too early", null), RESIDENT));
        assertEquals(409, early.getResponse().getStatus());

        cases.step("ATR-9", new CasesResource.StepRequest("notices-given", LocalDate.parse("2026-11-02"), null,
                Map.of("closingDate", "2026-12-04")), CasesResourceTest.OFFICER);
        ClientErrorException klingon = assertThrows(ClientErrorException.class, () -> representations.submit("ATR-9",
                new RepresentationsResource.NewRepresentation(null, "Hello", "tlh"), RESIDENT));
        assertEquals(422, klingon.getResponse().getStatus());
        assertEquals(0, archive.all.size(), "nothing archived");
        representations.submit("ATR-9", new RepresentationsResource.NewRepresentation("Support",
                "The green is used every day. Call me on 01242 262626 or write to me at GL52 6AB.", "en"), RESIDENT);
        assertEquals("assets", archive.all.get(0).module());
        assertEquals("asset-transfer", archive.all.get(0).container().type());
        assertEquals("representation", archive.all.get(0).kind());
        assertEquals("u-r7f3a", archive.all.get(0).author(), "the pseudonym, not the sign-in name");
        assertEquals("/asset-transfers/cases/ATR-9", archive.all.get(0).link(), "said on the case page");
        assertTrue(archive.all.get(0).body().contains("01242 262626"), "the archive keeps what was written");

        List<RepresentationsResource.PublishedRepresentation> shown = representations.list("ATR-9");
        assertEquals(1, shown.size());
        assertEquals("The green is used every day. Call me on [phone number removed] or write to me at [postcode removed].",
                shown.get(0).text());

        clock.set(LocalDate.parse("2026-12-05"));
        ClientErrorException late = assertThrows(ClientErrorException.class, () -> representations.submit("ATR-9",
                new RepresentationsResource.NewRepresentation(null, "Too late", null), RESIDENT));
        assertEquals(409, late.getResponse().getStatus());
        assertTrue(late.getMessage().contains("2026-12-04"), late.getMessage());
    }

    // ---- the case page's form: the same code, as a resident meets it ----------------------------

    static final SecurityContext SIGNED_IN = TestUsers.as(new FolkmootUser("r-7f3a", "Resident", Set.of("resident"),
            "test", "csrf-r"));

    private static jakarta.ws.rs.core.MultivaluedMap<String, String> form(String... pairs) {
        jakarta.ws.rs.core.MultivaluedMap<String, String> f = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            f.add(pairs[i], pairs[i + 1]);
        }
        return f;
    }

    private static String page(Object entity, String language) {
        org.folkmoot.api.web.Page p = (org.folkmoot.api.web.Page) entity;
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) p.model();
        return PagesTest.render(p.template(), model, language);
    }

    @Test
    void aResidentMakesARepresentationFromTheCasePageAndSeesItListedRedacted() {
        AssetPages pages = new AssetPages(store, archive, PSEUDONYMS, new UkRedactor());
        String closed = page(pages.caseFile("ATR-9", null, SIGNED_IN), "en");
        assertTrue(closed.contains("No representations have been published"), closed);
        assertFalse(closed.contains("representation-form") || closed.contains("Sign in to make"), "not while validated");

        cases.step("ATR-9", new CasesResource.StepRequest("notices-given", LocalDate.parse("2026-11-02"), null,
                Map.of("closingDate", "2026-12-04")), CasesResourceTest.OFFICER);
        String signedOut = page(pages.caseFile("ATR-9", null, null), "cy");
        assertTrue(signedOut.contains("href=\"/login?next=%2Fasset-transfers%2Fcases%2FATR-9%3Flang%3Dcy&amp;lang=cy\"")
                && signedOut.contains("Mewngofnodwch i wneud sylwadau"), signedOut);
        assertFalse(signedOut.contains("representation-form"));

        String open = page(pages.caseFile("ATR-9", null, SIGNED_IN), "cy");
        assertTrue(open.contains("action=\"/asset-transfers/cases/ATR-9/representations?lang=cy\"") && open.contains("value=\"csrf-r\""),
                open);
        assertTrue(open.contains("id=\"representation-language-2\" name=\"language\" type=\"radio\" value=\"cy\" checked"),
                "Welsh chosen on a Welsh page: " + open);

        // An empty text: the form again, 422, the error beside the text in the page's language, the title kept.
        jakarta.ws.rs.core.Response empty = pages.makeRepresentation("ATR-9", form("_csrf", "csrf-r", "title", "Gardd",
                "text", "  ", "language", "cy"), "cy", SIGNED_IN);
        assertEquals(422, empty.getStatus());
        String again = page(empty.getEntity(), "cy");
        assertTrue(again.contains("<p id=\"representation-text-error\" class=\"govuk-error-message\">")
                && again.contains("Mae angen rhywfaint o destun ar sylwadau."), again);
        assertTrue(again.contains("<a href=\"#representation-text\">"), "the summary links to the field");
        assertFalse(again.contains("A representation needs some text"), "no English on the Welsh page");
        assertTrue(again.contains("value=\"Gardd\""), "what was typed is kept");
        assertEquals(0, archive.all.size());
        assertEquals(422, pages.makeRepresentation("ATR-9", form("text", "Hi", "language", "tlh"), null, SIGNED_IN).getStatus());

        jakarta.ws.rs.core.Response made = pages.makeRepresentation("ATR-9", form("_csrf", "csrf-r", "title", "",
                "text", "Mae’r lawnt yn cael ei defnyddio bob dydd. Ffoniwch 01242 262626.", "language", "cy"), "cy", SIGNED_IN);
        assertEquals(303, made.getStatus());
        assertEquals("/asset-transfers/cases/ATR-9?saved=representation&lang=cy", made.getLocation().toString());
        assertEquals("u-r7f3a", archive.all.get(0).author(), "stored as the JSON API stores it: the pseudonym");
        assertEquals("/asset-transfers/cases/ATR-9", archive.all.get(0).link());
        assertEquals("cy", archive.all.get(0).language());
        assertTrue(archive.all.get(0).title() == null || archive.all.get(0).title().isEmpty(), "a blank title is no title");
        representations.submit("ATR-9", new RepresentationsResource.NewRepresentation("Second", "Later one", "en"), RESIDENT);

        String listed = page(pages.caseFile("ATR-9", "representation", SIGNED_IN), "cy");
        assertTrue(listed.contains("govuk-notification-banner--success") && listed.contains("Mae eich sylwadau wedi dod i law"), listed);
        assertTrue(listed.contains("[phone number removed]") || listed.contains("Ffoniwch [rhif ffôn wedi"), "redacted: " + listed);
        assertFalse(listed.contains("01242 262626"));
        assertTrue(listed.indexOf("Later one") < listed.indexOf("defnyddio bob dydd"), "newest first");
        assertTrue(listed.contains("Gwnaed ar <time datetime=\"" + LocalDate.now(org.folkmoot.assets.internal.cases.CaseFile.UK)),
                "the date, in words: " + listed);

        // Once the closing date has passed: no form, and a late post is refused beside the text, in Welsh.
        clock.set(LocalDate.parse("2026-12-05"));
        assertFalse(page(pages.caseFile("ATR-9", null, SIGNED_IN), "en").contains("representation-form"));
        jakarta.ws.rs.core.Response late = pages.makeRepresentation("ATR-9", form("text", "Late", "language", "en"), "cy", SIGNED_IN);
        assertEquals(409, late.getStatus());
        String latePage = page(late.getEntity(), "cy");
        assertTrue(latePage.contains("Daeth y cyfnod sylwadau ar gais ATR-9 i ben ar 4 Rhagfyr 2026."), latePage);
    }
}
