package org.folkmoot.plans.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.plans.internal.plan.ActionDetails;
import org.folkmoot.plans.internal.plan.Area;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The section editor and the draft import page over the module's real store and the web bundle's
 * real multipart reader and renderer: what an editor sees, each refusal beside its field in English
 * and Welsh, and nothing saved when the form is refused.
 */
class DraftPagesTest {
    private static final FolkmootUser EDITOR = PlansHarness.user("editor-1", "plans.editor");
    private static final SecurityContext AS_EDITOR = PlansHarness.as(EDITOR);

    private static PlansHarness welshFirstPlan() throws Exception {
        PlansHarness h = new PlansHarness(TestClock.on(LocalDate.of(2027, 1, 11)));
        h.api.start(new PlansResource.NewPlan("cwm-lles", "well-being-plan", "Cwm well-being plan", "Cynllun llesiant Cwm", true,
                Area.locality("Cwm"), "Bwrdd Gwasanaethau Cyhoeddus Cwm", null));
        return h;
    }

    private static MultivaluedHashMap<String, String> form(String... pairs) {
        MultivaluedHashMap<String, String> f = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            f.putSingle(pairs[i], pairs[i + 1]);
        }
        return f;
    }

    private static MultivaluedHashMap<String, String> action(String areaKind, String codes, String baseline, LocalDate starts, LocalDate ends) {
        MultivaluedHashMap<String, String> f = form("key", "warm-homes", "kind", "ACTION", "headingEn", "Warm homes",
                "headingCy", "Cartrefi cynnes", "bodyEn", "Insulate homes.\n\nStart with the oldest.", "bodyCy", "Inswleiddio cartrefi.",
                "lead", "Cyngor Cwm", "partners", "Cwm Housing\n  Energy Cymru  \n", "areaKind", areaKind, "areaCodes", codes, "areaName", "",
                "indicators", "3", "indicator-1-key", "homes-insulated", "indicator-1-nameEn", "Homes insulated",
                "indicator-1-nameCy", "Cartrefi wedi'u hinswleiddio", "indicator-1-unit", "homes", "indicator-1-baseline", baseline,
                "indicator-1-target", "400", "indicator-2-key", "", "indicator-3-key", "");
        for (String[] d : new String[][] {{"starts", starts.toString()}, {"ends", ends.toString()}}) {
            LocalDate day = LocalDate.parse(d[1]);
            f.putSingle(d[0] + "-day", String.valueOf(day.getDayOfMonth()));
            f.putSingle(d[0] + "-month", String.valueOf(day.getMonthValue()));
            f.putSingle(d[0] + "-year", String.valueOf(day.getYear()));
        }
        return f;
    }

    @Test
    void anActionIsWrittenOnThePageWithItsLeadPartnersDatesAreaAndIndicators() throws Exception {
        PlansHarness h = welshFirstPlan();
        String empty = PlansFlowTest.render(h.sectionPages.page("cwm-lles", "add", AS_EDITOR), "cy");
        assertTrue(empty.indexOf("id=\"column-cy\"") < empty.indexOf("id=\"column-en\""), "Welsh first where the plan says so");
        assertTrue(empty.contains("Ychwanegu adran at y drafft"));

        // three mistakes at once: each beside its field, in Welsh, and nothing saved
        Response refused = h.sectionPages.save("cwm-lles", "add",
                action("LSOA", "W01001234, W0100", "about 120", LocalDate.of(2028, 3, 31), LocalDate.of(2027, 4, 1)), "cy", AS_EDITOR);
        assertEquals(422, refused.getStatus());
        String again = PlansFlowTest.render((Page) refused.getEntity(), "cy");
        assertTrue(again.contains("id=\"areaCodes-error\""), again);
        assertTrue(again.contains("Nid yw W0100 yn god LSOA"), again);
        assertTrue(again.contains("id=\"indicator-1-baseline-error\""), again);
        assertTrue(again.contains("id=\"ends-error\""), again);
        assertTrue(again.contains("value=\"Cyngor Cwm\""), "what was typed comes back");
        assertTrue(h.store.plans().get("cwm-lles").latest().isEmpty(), "nothing saved");

        Response saved = h.sectionPages.save("cwm-lles", "add",
                action("LSOA", "W01001234 w01001235", "120", LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31)), "cy", AS_EDITOR);
        assertEquals(303, saved.getStatus());
        assertEquals("/plans/cwm-lles/manage?saved=section&lang=cy#sections-heading", saved.getLocation().toString());
        Section s = h.store.plans().get("cwm-lles").version(1).section("warm-homes").orElseThrow();
        ActionDetails a = s.action();
        assertEquals("Cyngor Cwm", a.lead());
        assertEquals(List.of("Cwm Housing", "Energy Cymru"), a.partners());
        assertEquals(LocalDate.of(2027, 4, 1), a.starts());
        assertEquals(LocalDate.of(2028, 3, 31), a.ends());
        assertEquals(new Area(Area.Kind.LSOA, List.of("W01001234", "W01001235"), ""), a.area());
        assertEquals(1, a.indicators().size(), "empty rows are left out");
        assertEquals(new BigDecimal("120"), a.indicators().get(0).baseline());
        assertEquals(new BigDecimal("400"), a.indicators().get(0).target());
        assertEquals("Cartrefi wedi'u hinswleiddio", a.indicators().get(0).name().cy());

        // the editor opens it again: everything as saved, in English
        String edit = PlansFlowTest.render(h.sectionPages.page("cwm-lles", "warm-homes", AS_EDITOR), "en");
        assertTrue(edit.contains("Change the section"), edit);
        assertTrue(edit.contains("value=\"W01001234, W01001235\""), edit);
        assertTrue(edit.contains("value=\"homes-insulated\""), edit);
        assertTrue(edit.contains("Cwm Housing\nEnergy Cymru"), edit);
        // a key already in the draft is refused when adding
        Response twice = h.sectionPages.save("cwm-lles", "add", form("key", "warm-homes", "kind", "TEXT", "headingEn", "Again"), "en",
                AS_EDITOR);
        assertEquals(422, twice.getStatus());
        assertTrue(PlansFlowTest.render((Page) twice.getEntity(), "en").contains("already has a section with the key warm-homes"));
    }

    @Test
    void aLocalityNeedsItsNameAndAKindOfSectionMustBeChosen() throws Exception {
        PlansHarness h = welshFirstPlan();
        Response refused = h.sectionPages.save("cwm-lles", "add", form("key", "parks", "kind", "", "headingEn", "Parks", "areaKind",
                "LOCALITY", "areaName", ""), "en", AS_EDITOR);
        String page = PlansFlowTest.render((Page) refused.getEntity(), "en");
        assertTrue(page.contains("id=\"kind-error\""), page);
        Response locality = h.sectionPages.save("cwm-lles", "add", form("key", "parks", "kind", "ACTION", "headingEn", "Parks",
                "areaKind", "LOCALITY", "areaName", ""), "en", AS_EDITOR);
        assertTrue(PlansFlowTest.render((Page) locality.getEntity(), "en").contains("id=\"areaName-error\""));
        assertEquals(303, h.sectionPages.save("cwm-lles", "add", form("key", "parks", "kind", "ACTION", "headingEn", "Parks",
                "areaKind", "LOCALITY", "areaName", "Lower Valley"), "en", AS_EDITOR).getStatus());
        assertEquals(Area.locality("Lower Valley"), h.store.plans().get("cwm-lles").version(1).section("parks").orElseThrow().action().area());
    }

    /** A form as a browser sends it: the token first, then the language, then the file. */
    private static byte[] multipart(String boundary, String language, String mode, String filename, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ncsrf-editor-1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\n" + language + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\n" + mode + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Response upload(PlansHarness h, String language, String filename, byte[] file, String pageLanguage) {
        return upload(h, language, "new", filename, file, pageLanguage);
    }

    private static Response upload(PlansHarness h, String language, String mode, String filename, byte[] file, String pageLanguage) {
        String boundary = "----folkmoot" + Long.toHexString(file.length);
        return h.importPage.upload("cwm-lles", pageLanguage, "multipart/form-data; boundary=" + boundary,
                new ByteArrayInputStream(multipart(boundary, language, mode, filename, file)), AS_EDITOR);
    }

    @Test
    void aFirstDraftIsImportedFromADocumentAndShownForReview() throws Exception {
        PlansHarness h = welshFirstPlan();
        String page = PlansFlowTest.render(h.importPage.page("cwm-lles", null, AS_EDITOR), "cy");
        assertTrue(page.contains("enctype=\"multipart/form-data\""));
        assertTrue(page.indexOf("name=\"_csrf\"") < page.indexOf("type=\"file\""), "the token comes before the file");
        assertTrue(page.contains("Bydd mewnforio yn dechrau drafft 1"), page);

        byte[] markdown = "# Gweledigaeth\n\nCwm gwyrdd a chynnes.\n\n# Cartrefi cynnes\n\nInswleiddio 400 o gartrefi.\n"
                .getBytes(StandardCharsets.UTF_8);
        Response imported = upload(h, "cy", "drafft.md", markdown, "cy");
        assertEquals(303, imported.getStatus());
        assertEquals("/plans/cwm-lles/draft/import?imported=1&lang=cy#review-heading", imported.getLocation().toString());
        Plan plan = h.store.plans().get("cwm-lles");
        assertEquals(2, plan.version(1).sections().size());
        assertEquals("Gweledigaeth", plan.version(1).sections().get(0).heading().cy());

        String review = PlansFlowTest.render(h.importPage.page("cwm-lles", "1", AS_EDITOR), "cy");
        assertTrue(review.contains("wedi&#39;i fewnforio gyda 2 adran"), review);
        assertTrue(review.contains("Inswleiddio 400 o gartrefi."), review);
        assertTrue(review.contains("href=\"/plans/cwm-lles/sections/" + plan.version(1).sections().get(1).key()), review);
    }

    @Test
    void aFileThatIsNotADraftIsRefusedBesideTheFileFieldWithWhatToDo() throws Exception {
        PlansHarness h = welshFirstPlan();
        Response pdf = upload(h, "en", "plan.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1), "en");
        assertEquals(415, pdf.getStatus());
        String page = PlansFlowTest.render((Page) pdf.getEntity(), "en");
        assertTrue(page.contains("id=\"document-error\""), page);
        assertTrue(page.contains("Upload a Markdown (.md), OpenDocument text (.odt) or Word (.docx) file"), page);

        Response nothing = upload(h, "en", "", new byte[0], "cy");
        assertEquals(422, nothing.getStatus());
        assertTrue(PlansFlowTest.render((Page) nothing.getEntity(), "cy").contains("Dewiswch ffeil Markdown, ODT neu DOCX"));

        Response empty = upload(h, "en", "empty.md", "   \n\n".getBytes(StandardCharsets.UTF_8), "en");
        assertEquals(422, empty.getStatus());
        assertTrue(PlansFlowTest.render((Page) empty.getEntity(), "en").contains("The document has no text"));

        byte[] big = new byte[21 << 20];
        java.util.Arrays.fill(big, (byte) 'a');
        Response tooBig = upload(h, "en", "huge.md", big, "en");
        assertEquals(413, tooBig.getStatus());
        assertTrue(PlansFlowTest.render((Page) tooBig.getEntity(), "en").contains("larger than 20 MB"));
        assertFalse(h.store.plans().get("cwm-lles").latest().isPresent(), "nothing saved");
    }

    @Test
    void anOfficerRecordsProgressOnAnActionWithItsIndicatorValues() throws Exception {
        PlansHarness h = welshFirstPlan();
        assertEquals(422, h.sectionPages.save("cwm-lles", "add",
                action("DATA_ZONE", "", "120", LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31)), "en", AS_EDITOR).getStatus(),
                "a data zone needs its codes");
        assertEquals(303, h.sectionPages.save("cwm-lles", "add",
                action("GSS", "W05000980", "120", LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31)), "en", AS_EDITOR).getStatus());
        h.store.plans().change("cwm-lles", p -> {
            p.publish(1, "editor-1", h.clock);
            return p.adopt(1, LocalDate.of(2027, 1, 11), "Approved by each member", "plan-officer", LocalDate.of(2027, 1, 11));
        });
        h.clock.set(LocalDate.of(2027, 6, 30));
        SecurityContext officer = PlansHarness.as(PlansHarness.user("plan-officer", "plans.officer"));
        String page = PlansFlowTest.render(h.progressPage.page("cwm-lles", "warm-homes", null, officer), "cy");
        assertTrue(page.contains("id=\"value-homes-insulated\""), page);
        assertTrue(page.contains("Nid oes cynnydd wedi"), page);

        MultivaluedHashMap<String, String> bad = form("status", "", "note", "Arolwg", "value-homes-insulated", "lots",
                "on-day", "1", "on-month", "1", "on-year", "2027");
        Response refused = h.progressPage.record("cwm-lles", "warm-homes", bad, "en", officer);
        assertEquals(422, refused.getStatus());
        String again = PlansFlowTest.render((Page) refused.getEntity(), "en");
        assertTrue(again.contains("id=\"status-error\""), again);
        assertTrue(again.contains("id=\"value-homes-insulated-error\""), again);
        MultivaluedHashMap<String, String> early = form("status", "ON_TRACK", "note", "", "value-homes-insulated", "150",
                "on-day", "1", "on-month", "1", "on-year", "2027");
        Response beforeAdoption = h.progressPage.record("cwm-lles", "warm-homes", early, "en", officer);
        assertEquals(422, beforeAdoption.getStatus());
        assertTrue(PlansFlowTest.render((Page) beforeAdoption.getEntity(), "en").contains("id=\"on-error\""));
        assertTrue(h.store.plans().get("cwm-lles").progress().isEmpty(), "nothing recorded");

        MultivaluedHashMap<String, String> good = form("status", "ON_TRACK", "note", "Survey done", "value-homes-insulated", "1,150",
                "on-day", "30", "on-month", "6", "on-year", "2027");
        Response recorded = h.progressPage.record("cwm-lles", "warm-homes", good, "cy", officer);
        assertEquals(303, recorded.getStatus());
        assertEquals("/plans/cwm-lles/actions/warm-homes/progress?saved=1&lang=cy", recorded.getLocation().toString());
        assertEquals(new BigDecimal("1150"), h.store.plans().get("cwm-lles").progress().get(0).values().get("homes-insulated"));
        String after = PlansFlowTest.render(h.progressPage.page("cwm-lles", "warm-homes", "1", officer), "en");
        assertTrue(after.contains("homes-insulated: 1150"), after);
        assertTrue(after.contains("latest 1150"), after);
        assertTrue(PlansFlowTest.render(h.officerPages.page("cwm-lles", null, officer), "en")
                .contains("href=\"/plans/cwm-lles/actions/warm-homes/progress\""));
    }

    @Test
    void theStatementLinksEachCommentToThePageOfCommentsThatHoldsIt() throws Exception {
        PlansHarness h = welshFirstPlan();
        assertEquals(303, h.sectionPages.save("cwm-lles", "add", form("key", "vision", "kind", "VISION", "headingEn", "Vision",
                "bodyEn", "One.\n\nTwo."), "en", AS_EDITOR).getStatus());
        h.store.plans().change("cwm-lles", p -> p.publish(1, "editor-1", h.clock));
        List<org.folkmoot.plans.internal.comments.Comments.PublishedComment> comments = new java.util.ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            comments.add(new org.folkmoot.plans.internal.comments.Comments.PublishedComment("c" + i, "Comment " + i, "en", "vision", 2,
                    1, 1, null, "/plans/cwm-lles/versions/1#vision-p2", java.time.Instant.EPOCH));
        }
        java.util.Map<String, String> links = PlanPages.commentLinks(h.store.plans().get("cwm-lles"), 1, comments);
        assertEquals("/plans/cwm-lles", links.get("c100"), "the first hundred on the plan's own page");
        assertEquals("/plans/cwm-lles?page=2", links.get("c101"));
        assertEquals("/plans/cwm-lles?page=2", links.get("c150"));
    }

    @Test
    void eachParagraphHasALinkThatStartsTheCommentFormOnIt() throws Exception {
        PlansHarness h = welshFirstPlan();
        assertEquals(303, h.sectionPages.save("cwm-lles", "add", form("key", "vision", "kind", "VISION", "headingEn", "Vision",
                "headingCy", "Gweledigaeth", "bodyEn", "One.\n\nTwo.", "bodyCy", "Un.\n\nDau."), "en", AS_EDITOR).getStatus());
        h.store.plans().change("cwm-lles", p -> {
            p.publish(1, "editor-1", h.clock);
            return p.openConsultation(1, "consultation", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 5), "Leaflets",
                    h.store.rulesOf(p), "plan-officer");
        });
        SecurityContext resident = PlansHarness.as(PlansHarness.user("resident-1", "resident"));
        String page = PlansFlowTest.render(h.pages.plan("cwm-lles", null, null, resident), "cy");
        assertTrue(page.contains("href=\"/plans/cwm-lles/versions/1?section=vision&amp;paragraph=2&amp;lang=cy#comment-form-heading\""), page);
        assertTrue(page.contains("Rhoi sylw ar baragraff 2"), page);
        String form = PlansFlowTest.render(h.pages.version("cwm-lles", 1, null, "vision", 2, resident), "cy");
        assertTrue(form.contains("<option value=\"vision\" selected>"), form);
        assertTrue(form.contains("id=\"comment-paragraph\" name=\"paragraph\" type=\"text\" value=\"2\""), form);
        assertFalse(PlansFlowTest.render(h.pages.plan("cwm-lles", null, null, PlansHarness.as(null)), "en")
                .contains("paragraph=2"), "signed out: sign in first, no link to a form that is not there");
    }

    @Test
    void theRulesPageSaysWhichVersionNewPlansFollowAndThatTheScottishReportDateIsTheCouncils() throws Exception {
        PlansHarness h = welshFirstPlan();
        String cy = PlansFlowTest.render(h.pages.rules(), "cy");
        assertTrue(cy.contains("id=\"replaced-england-npgr-2012\""), cy);
        assertFalse(cy.contains("id=\"replaced-england-npgr-2012-r2\""), "the newest is replaced by nothing");
        assertTrue(cy.contains("id=\"council-chooses-scotland-cesa-2015-locality-r2\""), cy);
        assertTrue(cy.contains("dewis y cyngor hwn yw 6 mis"), cy);
        assertTrue(PlansFlowTest.render(h.pages.rules(), "en").contains("reg. 16(a)(v)"));
    }

    @Test
    void theOtherLanguageIsImportedBesideTheSectionsAlreadyWrittenInTheirOrder() throws Exception {
        PlansHarness h = welshFirstPlan();
        assertEquals(303, upload(h, "en", "plan.md", "# Our vision\n\nA green valley.\n\n# Warm homes\n\nInsulate 400 homes.\n"
                .getBytes(StandardCharsets.UTF_8), "en").getStatus());
        String page = PlansFlowTest.render(h.importPage.page("cwm-lles", null, AS_EDITOR), "en");
        assertTrue(page.contains("The same 2 sections in the other language"), page);

        Response three = upload(h, "cy", "translation", "cynllun.md", "# Un\n\nx\n\n# Dau\n\ny\n\n# Tri\n\nz\n"
                .getBytes(StandardCharsets.UTF_8), "cy");
        assertEquals(422, three.getStatus());
        String refused = PlansFlowTest.render((Page) three.getEntity(), "cy");
        assertTrue(refused.contains("Mae gan y ddogfen 3 adran ac mae gan y drafft 2"), refused);
        assertTrue(refused.contains("value=\"translation\" checked"), "the choice comes back");
        assertEquals("", h.store.plans().get("cwm-lles").version(1).sections().get(0).heading().cy(), "nothing saved");

        assertEquals(303, upload(h, "cy", "translation", "cynllun.md", "# Ein gweledigaeth\n\nCwm gwyrdd.\n\n# Cartrefi cynnes\n\nInswleiddio 400 o gartrefi.\n"
                .getBytes(StandardCharsets.UTF_8), "cy").getStatus());
        List<Section> both = h.store.plans().get("cwm-lles").version(1).sections();
        assertEquals(2, both.size());
        assertEquals("our-vision", both.get(0).key(), "the keys stay");
        assertEquals("Our vision", both.get(0).heading().en());
        assertEquals("Ein gweledigaeth", both.get(0).heading().cy());
        assertEquals("Insulate 400 homes.", both.get(1).body().en());
        assertEquals("Inswleiddio 400 o gartrefi.", both.get(1).body().cy());
    }
}
