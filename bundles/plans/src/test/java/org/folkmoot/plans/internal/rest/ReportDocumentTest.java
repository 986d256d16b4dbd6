package org.folkmoot.plans.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.folkmoot.plans.internal.draftimport.DraftImporter;
import org.folkmoot.plans.internal.draftimport.DraftSection;
import org.folkmoot.plans.internal.plan.ActionDetails;
import org.folkmoot.plans.internal.plan.ActionStatus;
import org.folkmoot.plans.internal.plan.Area;
import org.folkmoot.plans.internal.plan.Bilingual;
import org.folkmoot.plans.internal.plan.Indicator;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.plan.SectionKind;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

/** The progress report as an OpenDocument text: a real ODT (read back by the module's own ODT reader), in the language asked for. */
class ReportDocumentTest {

    @Test
    void theReportIsAnOpenDocumentTextInWelshWithEachActionAndItsIndicators() throws Exception {
        PlansHarness h = new PlansHarness(TestClock.on(LocalDate.of(2026, 9, 12)));
        h.api.start(new PlansResource.NewPlan("kirk", "locality-plan", "Kirkstyle Locality Plan", "Cynllun Ardal Kirkstyle", true,
                Area.locality("Kirkstyle"), "Kirkstyle CPP", null));
        Section action = new Section("warm-homes", SectionKind.ACTION, Bilingual.of("Warm homes", "Cartrefi cynnes <& “clyd”>"),
                Bilingual.of("Insulate.", "Inswleiddio."), new ActionDetails("Kirkstyle Housing", List.of(), null, null,
                List.of(new Indicator("homes", Bilingual.of("Homes insulated", "Cartrefi wedi'u hinswleiddio"), "homes",
                        new BigDecimal("120"), new BigDecimal("400"))), null));
        h.store.plans().change("kirk", p -> {
            p.saveDraft(List.of(action), "editor", h.clock);
            p.publish(1, "editor", h.clock);
            p.adopt(1, LocalDate.of(2026, 9, 12), "Board, item 5", "plan-officer", LocalDate.of(2026, 9, 12));
            return p.recordProgress("warm-homes", ActionStatus.ON_TRACK, "Arolwg wedi'i wneud", Map.of("homes", new BigDecimal("150")),
                    LocalDate.of(2026, 9, 12), "plan-officer", LocalDate.of(2026, 9, 12));
        });

        Response r = h.pages.reportDocument("kirk", 1, "cy");
        assertEquals(200, r.getStatus());
        assertEquals("attachment; filename=\"kirk-progress-report-1-cy.odt\"", r.getHeaderString("Content-Disposition"));
        byte[] odt = (byte[]) r.getEntity();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName(), "ODF: the media type first");
            assertEquals(ZipEntry.STORED, first.getMethod(), "and not compressed");
            assertEquals("application/vnd.oasis.opendocument.text", new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
        }
        List<DraftSection> read = new DraftImporter().read(odt).sections();
        String all = read.toString();
        assertEquals("Adroddiad cynnydd 1: Cynllun Ardal Kirkstyle", read.get(0).heading(), all);
        assertTrue(all.contains("1 Ebrill 2026"), "Welsh month names: " + all);
        assertTrue(all.contains("30 Medi 2027"), "due six months after the year, the council's default: " + all);
        assertTrue(all.contains("Cartrefi cynnes <& “clyd”>"), "text escaped by the writer and read back whole: " + all);
        assertTrue(all.contains("llinell sylfaen 120, diweddaraf 150, targed 400"), all);
        assertTrue(all.contains("Ar y trywydd iawn"), all);
        assertTrue(h.pages.reportDocument("kirk", 1, null).getHeaderString("Content-Disposition").endsWith("-1.odt\""));
        assertTrue(PlansFlowTest.render(h.pages.report("kirk", 1), "en").contains("href=\"/plans/kirk/reports/1/document\""));
    }
}
