package org.folkmoot.plans.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.folkmoot.plans.internal.rules.PlanRuleBook;
import org.folkmoot.plans.internal.rules.PlanRules;
import org.folkmoot.plans.internal.rules.PlanType;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** A plan from first draft to its first report, and every step the rules refuse. */
class PlanLifecycleTest {
    private final TestClock clock = TestClock.on(LocalDate.of(2026, 3, 2));
    private final PlanRules neighbourhood = PlanRuleBook.bundled().inForce(PlanType.NEIGHBOURHOOD_PLAN, clock.today()).orElseThrow();
    private final PlanRules wellBeing = PlanRuleBook.bundled().inForce(PlanType.WELL_BEING_PLAN, clock.today()).orElseThrow();

    static List<Section> sections(String vision) {
        return PlanLifecycleTestData.sections(vision);
    }

    private Plan published(PlanRules rules) {
        Plan p = Plan.start("ashby-np", rules, Bilingual.of("Ashby Neighbourhood Plan", ""), false, null, "Ashby Parish Council",
                clock.today());
        p.saveDraft(sections("A green village."), "editor", clock);
        p.publish(1, "editor", clock);
        return p;
    }

    @Test
    void aPublishedVersionNeverChangesAndEditsGoToANewDraft() {
        Plan p = published(neighbourhood);
        PlanException e = assertThrows(PlanException.class, () -> p.editVersion(1, sections("Changed."), "editor", clock));
        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("can never change"), e.getMessage());
        assertEquals("A green village.\n\nA second paragraph.", p.version(1).section("vision").orElseThrow().body().en());
        PlanVersion draft = p.saveDraft(sections("A greener village."), "editor", clock);
        assertEquals(2, draft.number());
        assertEquals("A green village.\n\nA second paragraph.", p.version(1).section("vision").orElseThrow().body().en());
    }

    @Test
    void aWindowShorterThanRegulation14IsRefusedWithTheRuleCited() {
        Plan p = published(neighbourhood);
        LocalDate opens = LocalDate.of(2026, 3, 9);
        PlanException e = assertThrows(PlanException.class,
                () -> p.openConsultation(1, "pre-submission", opens, opens.plusDays(41), "", neighbourhood, "officer"));
        assertEquals(422, e.status());
        assertTrue(e.getMessage().contains("reg. 14(a)(iv)"), e.getMessage());
        assertTrue(e.getMessage().contains("6 weeks"), e.getMessage());
        assertTrue(e.getMessage().contains("2026-04-20"), "says the earliest lawful close: " + e.getMessage());
        assertTrue(p.consultations().isEmpty(), "nothing recorded");
        Consultation c = p.openConsultation(1, "pre-submission", opens, opens.plusDays(42), "Leaflet to every household", neighbourhood, "officer");
        assertEquals(LocalDate.of(2026, 4, 20), c.closes());
    }

    @Test
    void twelveWeeksForAWellBeingPlan() {
        Plan p = published(wellBeing);
        LocalDate opens = LocalDate.of(2026, 3, 9);
        PlanException e = assertThrows(PlanException.class,
                () -> p.openConsultation(1, "consultation", opens, opens.plusWeeks(12).minusDays(1), "", wellBeing, "officer"));
        assertTrue(e.getMessage().contains("s.43(3)") && e.getMessage().contains("12 weeks"), e.getMessage());
        p.openConsultation(1, "consultation", opens, opens.plusWeeks(12), "", wellBeing, "officer");
    }

    @Test
    void overlappingWindowsADraftAndAnUnknownStageAreRefused() {
        Plan p = published(neighbourhood);
        p.saveDraft(sections("Draft two."), "editor", clock);
        assertEquals(409, assertThrows(PlanException.class, () -> p.openConsultation(2, "pre-submission", LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 5, 9), "", neighbourhood, "o")).status());
        assertEquals(422, assertThrows(PlanException.class, () -> p.openConsultation(1, "consultation", LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 5, 9), "", neighbourhood, "o")).status());
        p.openConsultation(1, "pre-submission", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 4, 20), "", neighbourhood, "o");
        PlanException overlap = assertThrows(PlanException.class, () -> p.openConsultation(1, "publicity", LocalDate.of(2026, 4, 20),
                LocalDate.of(2026, 6, 1), "", neighbourhood, "o"));
        assertEquals(409, overlap.status());
        assertTrue(overlap.getMessage().contains("overlaps consultation 1"), overlap.getMessage());
        assertEquals(1, p.consultations().size());
    }

    @Test
    void commentsAreTakenOnlyWhileAWindowIsOpen() {
        Plan p = published(neighbourhood);
        p.openConsultation(1, "pre-submission", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 4, 20), "", neighbourhood, "o");
        assertTrue(assertThrows(PlanException.class, () -> p.consultationOpenOn(LocalDate.of(2026, 3, 8))).getMessage().contains("open on 2026-03-09"));
        assertEquals(1, p.consultationOpenOn(LocalDate.of(2026, 4, 20)).id(), "the last day counts");
        PlanException closed = assertThrows(PlanException.class, () -> p.consultationOpenOn(LocalDate.of(2026, 4, 21)));
        assertEquals(409, closed.status());
        assertTrue(closed.getMessage().contains("closed on 2026-04-20"), closed.getMessage());
    }

    @Test
    void anAnswerLinksTheCommentToTheSectionItChangedInALaterVersion() {
        Plan p = published(neighbourhood);
        p.openConsultation(1, "pre-submission", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 13), "", neighbourhood, "o");
        assertEquals(422, assertThrows(PlanException.class, () -> p.answer(1, "c-1", "Agreed.", 1, "vision", "o", clock.today())).status(),
                "a change is in a later version");
        p.saveDraft(sections("A greener village."), "editor", clock);
        p.publish(2, "editor", clock);
        assertEquals(422, assertThrows(PlanException.class, () -> p.answer(1, "c-1", "Agreed.", 2, "nowhere", "o", clock.today())).status());
        Answer a = p.answer(1, "c-1", "Agreed: the vision now says greener.", 2, "vision", "o", clock.today());
        assertTrue(a.changedThePlan());
        assertEquals(a, p.answers().get("c-1"));
    }

    @Test
    void adoptionThenProgressThenTheReportDue() {
        PlanRules locality = PlanRuleBook.bundled().inForce(PlanType.LOCALITY_PLAN, clock.today()).orElseThrow();
        Plan p = published(locality);
        assertEquals(409, assertThrows(PlanException.class, () -> p.recordProgress("green-spaces", ActionStatus.ON_TRACK, "", Map.of(),
                clock.today(), "o", clock.today())).status());
        assertEquals(422, assertThrows(PlanException.class, () -> p.adopt(1, clock.today().plusDays(1), "Board minute 4", "o",
                clock.today())).status(), "not in the future");
        p.adopt(1, LocalDate.of(2026, 3, 1), "Community planning board, minute 4", "officer", clock.today());
        assertEquals(409, assertThrows(PlanException.class, () -> p.adopt(1, clock.today(), "again", "o", clock.today())).status());
        assertEquals(422, assertThrows(PlanException.class, () -> p.recordProgress("green-spaces", ActionStatus.ON_TRACK, "",
                Map.of("trees", BigDecimal.ONE), clock.today(), "o", clock.today())).status(), "no such indicator");
        assertEquals(404, assertThrows(PlanException.class, () -> p.recordProgress("vision", ActionStatus.ON_TRACK, "", Map.of(),
                clock.today(), "o", clock.today())).status(), "the vision is not an action");
        p.recordProgress("green-spaces", ActionStatus.ON_TRACK, "Application made", Map.of("hectares", new BigDecimal("3.1")),
                clock.today(), "o", clock.today());
        // adopted 1 March 2026: the reporting year 1 April 2025 to 31 March 2026, report by 30 September 2026
        assertEquals(LocalDate.of(2026, 9, 30), p.nextReport(locality).orElseThrow().dueBy());
        p.markReportPublished(1, LocalDate.of(2026, 3, 2), "o", locality, clock.today());
        assertEquals(LocalDate.of(2027, 9, 30), p.nextReport(locality).orElseThrow().dueBy());
    }

    @Test
    void aTenMegabyteSectionIsRefusedAsTooLarge() {
        Plan p = Plan.start("big", neighbourhood, Bilingual.of("Big", ""), false, null, "", clock.today());
        String huge = "x".repeat(10 * 1024 * 1024);
        PlanException e = assertThrows(PlanException.class, () -> p.saveDraft(List.of(new Section("huge", SectionKind.TEXT,
                Bilingual.of("Huge", ""), Bilingual.of(huge, ""), null)), "editor", clock));
        assertEquals(413, e.status());
        assertTrue(p.versions().isEmpty(), "nothing written");
    }

    @Test
    void badAreaCodesAndKeysAreRefusedBeforeAnythingChanges() {
        Plan p = published(neighbourhood);
        Section bad = new Section("a", SectionKind.ACTION, Bilingual.of("A", ""), Bilingual.of("b", ""), new ActionDetails("x", null, null,
                null, null, new Area(Area.Kind.DATA_ZONE, List.of("E01006099"), "")));
        assertTrue(assertThrows(PlanException.class, () -> p.saveDraft(List.of(bad), "e", clock)).getMessage().contains("E01006099"));
        assertEquals(422, assertThrows(PlanException.class, () -> p.saveDraft(List.of(new Section("Bad Key", SectionKind.TEXT,
                Bilingual.of("A", ""), null, null)), "e", clock)).status());
        assertEquals(1, p.versions().size());
    }
}
