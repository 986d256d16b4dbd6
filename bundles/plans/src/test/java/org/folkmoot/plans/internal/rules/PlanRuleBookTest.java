package org.folkmoot.plans.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The bundled rule sets say what the legislation says, with its own section numbers. */
class PlanRuleBookTest {
    private final PlanRuleBook book = PlanRuleBook.bundled();

    private PlanRules rules(PlanType type) {
        return book.inForce(type, LocalDate.of(2026, 6, 1)).orElseThrow();
    }

    @Test
    void neighbourhoodPlansHaveSixWeeksAtRegulation14AndAgainAtRegulation16() {
        PlanRules np = rules(PlanType.NEIGHBOURHOOD_PLAN);
        assertEquals(42, np.window("pre-submission").orElseThrow().minimumDays());
        assertTrue(np.window("pre-submission").orElseThrow().citation().contains("reg. 14(a)(iv)"));
        assertEquals(42, np.window("publicity").orElseThrow().minimumDays());
        assertTrue(np.window("publicity").orElseThrow().citation().contains("reg. 16"));
        assertTrue(np.publications().stream().anyMatch(p -> p.citation().contains("reg. 15(2)")), "the consultation statement");
        assertEquals(ReportingCycle.Kind.NONE, np.reporting().kind());
        assertTrue(np.statutory());
    }

    @Test
    void wellBeingPlansHaveTwelveWeeksAndAReportWithinFourteenMonths() {
        PlanRules wb = rules(PlanType.WELL_BEING_PLAN);
        assertEquals(84, wb.window("consultation").orElseThrow().minimumDays());
        assertTrue(wb.window("consultation").orElseThrow().citation().contains("s.43(3)"));
        assertEquals(ReportingCycle.Kind.MONTHS_AFTER_ADOPTION, wb.reporting().kind());
        assertEquals(14, wb.reporting().months());
        assertTrue(wb.reporting().citation().contains("s.45"));
        assertTrue(wb.consultees().stream().anyMatch(c -> c.en().contains("Future Generations Commissioner")));
        assertTrue(wb.consultees().stream().allMatch(c -> !c.cy().isBlank()), "every consultee named in Welsh");
    }

    @Test
    void placePlansSayTheirEightWeeksAreGuidanceNotStatute() {
        PlanRules pp = rules(PlanType.PLACE_PLAN);
        assertFalse(pp.statutory());
        assertEquals(56, pp.window("consultation").orElseThrow().minimumDays());
        assertTrue(pp.window("consultation").orElseThrow().citation().contains("not statute"));
        assertTrue(pp.titleEn().contains("not statute"));
    }

    @Test
    void scottishPlansReportForEachYearFromTheFirstOfApril() {
        PlanRules locality = rules(PlanType.LOCALITY_PLAN);
        assertTrue(locality.reporting().citation().contains("s.12"));
        assertTrue(rules(PlanType.LOIP).reporting().citation().contains("s.8"));
        // adopted 12 September 2026: the reporting year 1 April 2026 to 31 March 2027, report by 30 September 2027
        ReportingCycle.ReportDue first = locality.reporting().report(1, LocalDate.of(2026, 9, 12), null).orElseThrow();
        assertEquals(LocalDate.of(2026, 4, 1), first.from());
        assertEquals(LocalDate.of(2027, 3, 31), first.to());
        assertEquals(LocalDate.of(2027, 9, 30), first.dueBy());
        // adopted in February: the year began the April before
        assertEquals(LocalDate.of(2025, 4, 1), locality.reporting().report(1, LocalDate.of(2026, 2, 10), null).orElseThrow().from());
        assertEquals(LocalDate.of(2028, 3, 31), locality.reporting().report(2, LocalDate.of(2026, 9, 12), null).orElseThrow().to());
    }

    @Test
    void fourteenMonthsCountFromThePlanThenFromThePreviousReport() {
        ReportingCycle wb = rules(PlanType.WELL_BEING_PLAN).reporting();
        assertEquals(LocalDate.of(2028, 7, 31), wb.report(1, LocalDate.of(2027, 5, 31), null).orElseThrow().dueBy());
        assertEquals(LocalDate.of(2029, 8, 20), wb.report(2, LocalDate.of(2027, 5, 31), LocalDate.of(2028, 6, 20)).orElseThrow().dueBy());
    }

    @Test
    void aNewerRuleSetAppliesToPlansStartedAfterItAndNotBefore() {
        Properties p = new Properties();
        p.setProperty("id", "england-npgr-2028-test");
        p.setProperty("type", "NEIGHBOURHOOD_PLAN");
        p.setProperty("title", "Hypothetical amended regulations");
        p.setProperty("title.cy", "Rheoliadau diwygiedig damcaniaethol");
        p.setProperty("statutory", "true");
        p.setProperty("effective-from", "2028-01-01");
        p.setProperty("window.pre-submission", "56 | amended reg. 14 | eight weeks");
        p.setProperty("report", "NONE | none | none");
        PlanRuleBook amended = book.with(PlanRuleBook.parse(p, "test"));
        assertEquals("england-npgr-2012", amended.inForce(PlanType.NEIGHBOURHOOD_PLAN, LocalDate.of(2027, 12, 31)).orElseThrow().id());
        assertEquals("england-npgr-2028-test", amended.inForce(PlanType.NEIGHBOURHOOD_PLAN, LocalDate.of(2028, 1, 1)).orElseThrow().id());
    }

    @Test
    void everyTypeHasRulesAndEveryRuleSetACitationForEachWindow() {
        for (PlanType t : PlanType.values()) {
            PlanRules r = rules(t);
            assertFalse(r.windows().isEmpty(), t.name());
            r.windows().values().forEach(w -> assertFalse(w.citation().isBlank(), r.id() + " " + w.stage()));
            assertFalse(r.titleCy().isBlank(), r.id());
        }
    }
}
