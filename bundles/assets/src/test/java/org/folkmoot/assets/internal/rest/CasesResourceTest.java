package org.folkmoot.assets.internal.rest;

import static org.folkmoot.testkit.TestUsers.as;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assets.internal.cases.CaseEvent;
import org.folkmoot.assets.internal.cases.Deadline;
import org.folkmoot.testkit.TestClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

/** An officer's and a resident's way through a Scottish request and an English listing, at resource level on H2. */
class CasesResourceTest {

    static final SecurityContext OFFICER = as(new FolkmootUser("a.officer", "A Officer", Set.of("assets.officer"),
            "test", null));
    static final SecurityContext PLANS_OFFICER = as(new FolkmootUser("p.officer", "P Officer", Set.of("plans.officer"),
            "test", null));

    final TestClock clock = TestClock.on(LocalDate.of(2026, 11, 23));
    AssetStore store;
    CasesResource cases;

    @BeforeEach
    void setUp() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:rest-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V1__assets.sql'");
        }
        clock.set(LocalDate.parse("2026-11-23"));
        store = new AssetStore(ds, new JdbcTransactions(ds), clock);
        cases = new CasesResource(store);
    }

    CasesResource.StepRequest step(String step, String date, Map<String, String> args) {
        return new CasesResource.StepRequest(step, LocalDate.parse(date), null, args);
    }

    @Test
    void aScottishRequestFromSubmissionToAgreement() {
        clock.set(LocalDate.parse("2026-06-01"));
        CasesResource.CaseView v = cases.openRequest(new CasesResource.NewRequest("ATR-2026-001", "010000480247",
                "10/00022/LAND", "Pittville Crescent gardens", "Pittville Community Trust", "lease", null,
                LocalDate.parse("2026-06-01"), "received by email"), OFFICER);
        assertEquals("SUBMITTED", v.state());
        assertTrue(v.disposalLock().isPresent(), "the land is locked from the request");

        v = cases.step("ATR-2026-001", step("validated", "2026-06-01", null), OFFICER);
        Deadline decision = v.deadlines().get(0);
        assertEquals(LocalDate.parse("2026-12-01"), decision.lastDay());
        clock.set(LocalDate.parse("2026-06-02"));

        ClientErrorException early = assertThrows(ClientErrorException.class,
                () -> cases.step("ATR-2026-001", step("offer-submitted", "2026-06-02", null), OFFICER));
        assertEquals(409, early.getResponse().getStatus());
        ClientErrorException shortOffer = assertThrows(ClientErrorException.class, () -> cases.step("ATR-2026-001",
                step("decision", "2026-06-02", Map.of("decision", "agreed", "offerDeadline", "2026-10-01")), OFFICER));
        assertEquals(422, shortOffer.getResponse().getStatus());
        assertTrue(shortOffer.getMessage().contains("2026-12-01"), shortOffer.getMessage());

        v = cases.step("ATR-2026-001", step("decision", "2026-06-02",
                Map.of("decision", "agreed", "offerDeadline", "2026-12-31")), OFFICER);
        assertEquals("AGREED", v.state());

        // the register shows the lock on the asset
        RegisterResource register = new RegisterResource(store);
        @SuppressWarnings("unchecked")
        List<RegisterResource.AssetView> assets = (List<RegisterResource.AssetView>) register.register("json").getEntity();
        assertEquals(0, assets.size(), "the land is not in this test's register");
        store.register().upsert(new org.folkmoot.assets.internal.register.Asset(
                new org.folkmoot.assets.internal.register.AssetKey("010000480247", "10/00022/LAND"), "Council", "X",
                "Gardens", "Pittville Crescent", "", "", java.util.Optional.empty(), "Freehold", "", "Parks", "", ""));
        @SuppressWarnings("unchecked")
        List<RegisterResource.AssetView> withLock = (List<RegisterResource.AssetView>) register.register("json").getEntity();
        assertEquals("ATR-2026-001", withLock.get(0).disposalLocks().get(0).caseId());

        // a resident reads it: status, deadlines and a timeline without officers' names or notes
        CasesResource.CaseView pub = cases.get("ATR-2026-001");
        assertEquals(List.of("submitted", "validated", "decision"), pub.timeline().stream().map(CasesResource.TimelineEntry::step).toList());
        assertEquals(List.of("review-application", "offer"), pub.deadlines().stream().map(Deadline::key).toList());

        // the officer's audit trail says who and why
        List<CaseEvent> audit = cases.audit("ATR-2026-001", OFFICER);
        assertEquals("a.officer", audit.get(0).actor());
        assertTrue(audit.get(0).detail().contains("received by email"));
    }

    @Test
    void theDashboardAndErrors() {
        clock.set(LocalDate.parse("2026-03-02"));
        cases.openRequest(new CasesResource.NewRequest("ATR-1", "", "X1", "Hall", "Trust", "OWNERSHIP", "LOCAL_AUTHORITY",
                LocalDate.parse("2026-03-02"), null), OFFICER);
        cases.step("ATR-1", step("validated", "2026-03-02", null), OFFICER);
        clock.set(LocalDate.parse("2026-11-23"));
        var board = cases.deadlines(30, "council", OFFICER);
        assertThrows(ForbiddenException.class, () -> cases.deadlines(30, null, PLANS_OFFICER));
        assertThrows(ForbiddenException.class,
                () -> cases.step("ATR-1", step("withdrawn", "2026-11-23", null), PLANS_OFFICER));
        assertEquals(List.of("ATR-1"), board.overdue().stream().map(Deadline::caseId).toList());
        assertTrue(board.upcoming().isEmpty());

        assertThrows(NotFoundException.class, () -> cases.get("ATR-404"));
        assertThrows(NotFoundException.class, () -> cases.step("ATR-404", step("validated", "2026-11-23", null), OFFICER));
        assertEquals(422, assertThrows(ClientErrorException.class,
                () -> cases.step("ATR-1", step("dance", "2026-11-23", null), OFFICER)).getResponse().getStatus());
        assertEquals(422, assertThrows(ClientErrorException.class,
                () -> cases.step("ATR-1", new CasesResource.StepRequest("withdrawn", null, null, null), OFFICER))
                .getResponse().getStatus());
        assertEquals(422, assertThrows(ClientErrorException.class, () -> cases.step("ATR-1",
                step("decision", "2026-11-23", Map.of("decision", "maybe")), OFFICER)).getResponse().getStatus());
        assertEquals(409, assertThrows(ClientErrorException.class, () -> cases.openRequest(new CasesResource.NewRequest(
                "ATR-1", "", "X1", "Hall", "Trust", "OWNERSHIP", null, LocalDate.parse("2026-11-23"), null), OFFICER))
                .getResponse().getStatus());
    }

    @Test
    void anEnglishListingAndTheOpenDataList() throws Exception {
        store.register().upsert(new org.folkmoot.assets.internal.register.Asset(
                new org.folkmoot.assets.internal.register.AssetKey("100121228178", "PUB-1"), "Cheltenham Borough Council",
                "23UB", "The Plough", "High Street", "Cheltenham", "GL50 1DY",
                java.util.Optional.of(org.folkmoot.assets.internal.register.Location.grid("395265", "222126")),
                "Freehold", "", "Land and Building", "Pub", ""));
        clock.set(LocalDate.parse("2026-09-01"));
        cases.openNomination(new CasesResource.NewNomination("ACV-1", "100121228178", "PUB-1", "The Plough", "The Plough",
                "1 High Street, Cheltenham", "Friends of the Plough", "unincorporated-body", 25, true,
                LocalDate.parse("2026-09-01"), null), OFFICER);
        assertEquals(422, assertThrows(ClientErrorException.class, () -> cases.openNomination(new CasesResource.NewNomination(
                "ACV-2", "", "", "Hall", "Hall", "", "Tiny group", "unincorporated-body", 20, true,
                LocalDate.parse("2026-09-01"), null), OFFICER)).getResponse().getStatus());
        clock.set(LocalDate.parse("2026-10-20"));
        CasesResource.CaseView v = cases.step("ACV-1", step("listed", "2026-10-20", null), OFFICER);
        assertEquals("LISTED", v.state());
        assertEquals(LocalDate.parse("2031-10-19"),
                v.deadlines().stream().filter(d -> d.key().equals("listing")).findFirst().orElseThrow().lastDay());

        var csv = cases.communityValueList("csv", "local-authority:CHT");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) csv.getEntity()).write(out);
        String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].startsWith("ACV-1,The Plough,\"1 High Street, Cheltenham\",POINT(-2.07"), lines[1]);
        assertTrue(lines[1].contains("2031-10-19"), lines[1]);
    }

    @Test
    void aRequestForLandNotInTheRegisterLeavesTheRegisterReadable() throws Exception {
        clock.set(LocalDate.parse("2026-11-23"));
        new RegisterResource(store).importRegister("UPRN,AssetCode,PropertyName\r\n010000480247,10/00022/LAND,Gardens\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), OFFICER);
        CasesResource.CaseView v = cases.openRequest(new CasesResource.NewRequest("ATR-UNREG", null, null,
                "The old bowling green behind the library", "Bowls Club", "LEASE", null, LocalDate.parse("2026-11-20"), null),
                OFFICER);
        assertTrue(v.disposalLock().isPresent(), "the lock shows on the case");
        @SuppressWarnings("unchecked")
        List<RegisterResource.AssetView> assets = (List<RegisterResource.AssetView>) new RegisterResource(store)
                .register(null).getEntity();
        assertEquals(1, assets.size());
        assertEquals(List.of(), assets.get(0).disposalLocks(), "no registered asset carries it");
        assertTrue(PageModels.register(store.register().all(), store.cases().allLocks(), "").get("assets") instanceof List<?>);
    }

    @Test
    void textTooLongForTheStoreIsA422NotA500() {
        clock.set(LocalDate.parse("2026-11-23"));
        ClientErrorException id = assertThrows(ClientErrorException.class, () -> cases.openRequest(new CasesResource.NewRequest(
                "ATR-" + "9".repeat(40), "010000480247", "10/00022/LAND", "Gardens", "Trust", "LEASE", null,
                LocalDate.parse("2026-11-20"), null), OFFICER));
        assertEquals(422, id.getResponse().getStatus());
        assertTrue(id.getMessage().contains("at most 40 characters"), id.getMessage());
        ClientErrorException party = assertThrows(ClientErrorException.class, () -> cases.openRequest(
                new CasesResource.NewRequest("ATR-P", null, null, "Gardens", "T".repeat(301), "LEASE", null,
                        LocalDate.parse("2026-11-20"), null), OFFICER));
        assertEquals(422, party.getResponse().getStatus());

        cases.openRequest(new CasesResource.NewRequest("ATR-N", null, null, "Gardens", "Trust", "LEASE", null,
                LocalDate.parse("2026-11-20"), null), OFFICER);
        ClientErrorException note = assertThrows(ClientErrorException.class, () -> cases.step("ATR-N",
                new CasesResource.StepRequest("incomplete", LocalDate.parse("2026-11-21"), "n".repeat(2500),
                        Map.of("missing", "m".repeat(2500))), OFFICER));
        assertEquals(422, note.getResponse().getStatus());
        assertEquals("SUBMITTED", cases.get("ATR-N").state(), "nothing was saved");
        // A long community body name still fits the deadline labels it appears in.
        cases.step("ATR-N", step("validated", "2026-11-21", null), OFFICER);
        cases.openRequest(new CasesResource.NewRequest("ATR-L", null, null, "Gardens", "B".repeat(300), "LEASE", null,
                LocalDate.parse("2026-11-20"), null), OFFICER);
        assertEquals("VALIDATED", cases.step("ATR-L", step("validated", "2026-11-21", null), OFFICER).state());
    }

    @Test
    void theCommunityValueListTakesAnOrganisationCurieOnly() {
        assertEquals(200, cases.communityValueList("json", "local-authority:CHT").getStatus());
        assertEquals(200, cases.communityValueList(null, null).getStatus());
        assertThrows(jakarta.ws.rs.BadRequestException.class, () -> cases.communityValueList("json", "<script>"));
        assertThrows(jakarta.ws.rs.BadRequestException.class, () -> cases.communityValueList("csv", "Cheltenham Borough Council"));
    }
}
