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
        assertEquals("england-npgr-2012-r2", amended.inForce(PlanType.NEIGHBOURHOOD_PLAN, LocalDate.of(2027, 12, 31)).orElseThrow().id());
        assertEquals("england-npgr-2028-test", amended.inForce(PlanType.NEIGHBOURHOOD_PLAN, LocalDate.of(2028, 1, 1)).orElseThrow().id());
    }

    /** The corrections of 5 December 2026: checked against the legislation's text, for plans started from that day. */
    private PlanRules corrected(PlanType type) {
        return book.inForce(type, LocalDate.of(2026, 12, 5)).orElseThrow();
    }

    @Test
    void correctedRulesApplyFromTheirDayAndPlansUnderWayKeepTheFirst() {
        assertEquals("england-npgr-2012", book.inForce(PlanType.NEIGHBOURHOOD_PLAN, LocalDate.of(2026, 12, 4)).orElseThrow().id());
        assertEquals("england-npgr-2012-r2", corrected(PlanType.NEIGHBOURHOOD_PLAN).id());
        assertEquals("scotland-cesa-2015-loip-r2", corrected(PlanType.LOIP).id());
        assertEquals("scotland-cesa-2015-locality-r2", corrected(PlanType.LOCALITY_PLAN).id());
        assertEquals("wales-wfg-2015-r2", corrected(PlanType.WELL_BEING_PLAN).id());
        // a plan started under the first set is still judged by it
        assertTrue(book.byId("scotland-cesa-2015-locality").orElseThrow().consultees().stream()
                .anyMatch(c -> c.en().startsWith("Community planning partners")));
    }

    @Test
    void regulation16SixWeeksAreParagraphAvAndTheConsultationBodiesAreNotified() {
        PlanRules np = corrected(PlanType.NEIGHBOURHOOD_PLAN);
        assertEquals(42, np.window("publicity").orElseThrow().minimumDays());
        assertEquals("Neighbourhood Planning (General) Regulations 2012 reg. 16(a)(v)", np.window("publicity").orElseThrow().citation());
        assertTrue(np.consultees().stream().anyMatch(c -> c.citation().equals("NP(G)R 2012 reg. 16(b)")));
        assertTrue(np.publications().stream().anyMatch(c -> c.citation().equals("NP(G)R 2012 reg. 16(a)(i)-(v)")));
        assertTrue(np.publications().stream().anyMatch(c -> c.citation().equals("NP(G)R 2012 reg. 15(2)(a)-(d)")));
    }

    @Test
    void aLocalityPlanConsultsWhomSection10_4Names() {
        PlanRules l = corrected(PlanType.LOCALITY_PLAN);
        assertEquals(java.util.List.of("CE(S)A 2015 s.10(4)(a)", "CE(S)A 2015 s.10(4)(b)"),
                l.consultees().stream().map(Requirement::citation).toList());
        assertTrue(l.consultees().stream().noneMatch(c -> c.en().contains("Community planning partners")),
                "the partners are the partnership, not its consultees");
    }

    @Test
    void theScottishReportDateIsTheCouncilsChoiceWithSixMonthsByDefault() {
        PlanRules l = corrected(PlanType.LOCALITY_PLAN);
        assertTrue(l.reporting().councilChooses());
        assertEquals(6, l.reporting().months());
        assertEquals(LocalDate.of(2027, 9, 30), l.reporting().report(1, LocalDate.of(2026, 9, 12), null).orElseThrow().dueBy());
        PlanRuleBook threeMonths = book.withCouncilReportMonths(3);
        assertEquals(LocalDate.of(2027, 6, 30), threeMonths.byId(l.id()).orElseThrow().reporting()
                .report(1, LocalDate.of(2026, 9, 12), null).orElseThrow().dueBy());
        assertEquals(LocalDate.of(2027, 6, 30), threeMonths.byId("scotland-cesa-2015-loip-r2").orElseThrow().reporting()
                .report(1, LocalDate.of(2026, 9, 12), null).orElseThrow().dueBy());
        // the law's own months do not move: Wales's 14 months, and the first Scottish sets, which did not say it was a choice
        assertEquals(14, threeMonths.byId("wales-wfg-2015-r2").orElseThrow().reporting().months());
        assertEquals(6, threeMonths.byId("scotland-cesa-2015-locality").orElseThrow().reporting().months());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> book.withCouncilReportMonths(0));
    }

    @Test
    void aWellBeingPlanListsEachConsulteeOfSection43_1AndTheDraftEachIsGiven() {
        PlanRules wb = corrected(PlanType.WELL_BEING_PLAN);
        String cited = String.join(" ", wb.consultees().stream().map(Requirement::citation).toList());
        for (String para : new String[] {"(a)", "(b)-(c)", "(d)", "(e)", "(f)", "(g)-(h)", "(i)", "(j)-(k)"}) {
            assertTrue(cited.contains("s.43(1)" + para), para);
        }
        assertTrue(wb.publications().stream().anyMatch(c -> c.citation().endsWith("s.43(2)")));
        assertEquals(84, wb.window("consultation").orElseThrow().minimumDays());
    }

    @Test
    void everyTypeHasRulesAndEveryRuleSetACitationForEachWindow() {
        for (PlanRules r : book.all()) {
            assertFalse(r.windows().isEmpty(), r.id());
            r.windows().values().forEach(w -> assertFalse(w.citation().isBlank(), r.id() + " " + w.stage()));
            assertFalse(r.titleCy().isBlank(), r.id());
            r.consultees().forEach(c -> assertFalse(c.cy().isBlank() || c.citation().isBlank(), r.id() + " " + c.en()));
            r.publications().forEach(c -> assertFalse(c.cy().isBlank() || c.citation().isBlank(), r.id() + " " + c.en()));
        }
        for (PlanType t : PlanType.values()) {
            assertTrue(book.inForce(t, LocalDate.of(2026, 6, 1)).isPresent(), t.name());
        }
    }
}
