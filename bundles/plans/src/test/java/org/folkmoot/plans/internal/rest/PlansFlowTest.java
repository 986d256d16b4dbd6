package org.folkmoot.plans.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionQuery;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.plans.internal.comments.Comments.NewComment;
import org.folkmoot.plans.internal.comments.Comments.PublishedComment;
import org.folkmoot.plans.internal.comments.PlanContainers;
import org.folkmoot.plans.internal.plan.Area;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanLifecycleTestData;
import org.folkmoot.plans.internal.reminders.ReportReminders;
import org.folkmoot.testkit.TemplateFixture;
import org.folkmoot.testkit.TestClock;
import org.folkmoot.web.internal.RendererFixture;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;

/**
 * Plans through the module's API and pages over the platform's real archive, jobs and outbox on H2:
 * comments stored with container and link and redacted, the consultation statement, the progress
 * report and its reminder on a test clock, and the pages in English and Welsh.
 */
class PlansFlowTest {
    private static final FolkmootUser OFFICER = PlansHarness.user("plan-officer", "plans.officer");
    private static final FolkmootUser RESIDENT = PlansHarness.user("resident-1", "resident");
    private static final TemplateFixture MESSAGES = new TemplateFixture(PlansFlowTest.class);

    static String render(Page page, String language) {
        String html = RendererFixture.render(page, "plans", language);
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("plans\\.[a-z]+\\.[A-Za-z_.-]+").matcher(html);
        assertFalse(key.find(), () -> "no message " + key.group() + " in " + language);
        return html;
    }

    private static void startNeighbourhoodPlan(PlansHarness h) {
        h.api.start(new PlansResource.NewPlan("ashby-np", "neighbourhood-plan", "Ashby Neighbourhood Plan", "Cynllun Cymdogaeth Ashby",
                false, new Area(Area.Kind.GSS, List.of("E04000001"), "Ashby parish"), "Ashby Parish Council", null));
        h.api.saveDraft("ashby-np", new PlansResource.Draft(PlanLifecycleTestData.sections("A green village.")), PlansHarness.as(OFFICER));
        h.api.publish("ashby-np", 1, PlansHarness.as(OFFICER));
    }

    @Test
    void aNeighbourhoodPlanThroughRegulation14ToItsConsultationStatement() throws Exception {
        PlansHarness h = new PlansHarness(TestClock.on(LocalDate.of(2026, 3, 2)));
        startNeighbourhoodPlan(h);
        ClientErrorException shortWindow = assertThrows(ClientErrorException.class, () -> h.api.openConsultation("ashby-np",
                new PlansResource.NewConsultation(1, "pre-submission", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), ""),
                PlansHarness.as(OFFICER)));
        assertEquals(422, shortWindow.getResponse().getStatus());
        assertTrue(shortWindow.getMessage().contains("reg. 14(a)(iv)"), shortWindow.getMessage());
        h.api.openConsultation("ashby-np", new PlansResource.NewConsultation(1, "pre-submission", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 4, 13), "Leaflet to every household; parish noticeboards"), PlansHarness.as(OFFICER));
        h.api.addConsultee("ashby-np", 1, new PlansResource.NewConsultee("Natural England", true, "E-mail"));
        h.api.addConsultee("ashby-np", 1, new PlansResource.NewConsultee("North West Leicestershire District Council", true, "Letter"));
        h.api.notified("ashby-np", 1, 1, new PlansResource.Notified(LocalDate.of(2026, 3, 2), null));

        Response made = h.api.comment("ashby-np", new NewComment("Please protect the playing field. Call me on 07700 900123.",
                "green-spaces", 1, "en", null), PlansHarness.as(RESIDENT));
        PublishedComment comment = (PublishedComment) made.getEntity();
        assertFalse(comment.text().contains("07700 900123"), "redacted: " + comment.text());
        h.api.comment("ashby-np", new NewComment("We support the vision.", null, null, "en", "Ashby Civic Society"), PlansHarness.as(RESIDENT));

        // in the archive, filed under the section with a link to the paragraph
        Contribution stored = h.archive.get(comment.id()).orElseThrow();
        assertEquals(PlanContainers.SECTION, stored.container().type());
        assertEquals("ashby-np/green-spaces", stored.container().id());
        assertEquals("/plans/ashby-np/versions/1#green-spaces-p1", stored.link());
        assertEquals(2, h.archive.find(new ContributionQuery("plans", null, null, null, true, 100, 0)).size());

        // version 2 changes the section; the officer answers and links the change
        h.api.saveDraft("ashby-np", new PlansResource.Draft(PlanLifecycleTestData.sections("A green village with its playing field kept.")),
                PlansHarness.as(OFFICER));
        h.api.publish("ashby-np", 2, PlansHarness.as(OFFICER));
        h.api.answer("ashby-np", comment.id(), new PlansResource.NewAnswer("Agreed: the field is now proposed as Local Green Space.", 2,
                "green-spaces", "en"), PlansHarness.as(OFFICER));
        ClientErrorException edit = assertThrows(ClientErrorException.class, () -> h.api.editVersion("ashby-np", 1,
                new PlansResource.Draft(PlanLifecycleTestData.sections("x")), PlansHarness.as(OFFICER)));
        assertEquals(409, edit.getResponse().getStatus());

        // moderation: a hidden comment leaves the plan page, the statement and the API
        PublishedComment hidden = (PublishedComment) h.api.comment("ashby-np", new NewComment("Rude words about the clerk.", null, null,
                "en", null), PlansHarness.as(RESIDENT)).getEntity();
        h.archive.hide(hidden.id(), "Personal attack", OFFICER.actor());
        assertTrue(h.api.comments("ashby-np").stream().noneMatch(c -> c.id().equals(hidden.id())));

        h.clock.set(LocalDate.of(2026, 4, 14));
        ClientErrorException closed = assertThrows(ClientErrorException.class, () -> h.api.comment("ashby-np",
                new NewComment("Too late?", null, null, "en", null), PlansHarness.as(RESIDENT)));
        assertEquals(409, closed.getResponse().getStatus());
        assertTrue(closed.getMessage().contains("closed on 2026-04-13"), closed.getMessage());

        String statement = render(h.pages.statement("ashby-np", 1), "en");
        assertTrue(statement.contains("Natural England"), statement);
        assertTrue(statement.contains("Not yet notified"), "the district council was not marked as notified");
        assertTrue(statement.contains("2 comments were made, 1 of them by organisations; 1 have been answered."), statement);
        assertTrue(statement.contains("Agreed: the field is now proposed as Local Green Space."));
        assertTrue(statement.contains("href=\"/plans/ashby-np/versions/2#section-green-spaces\""), "links the change");
        assertTrue(statement.contains("Ashby Civic Society"));
        assertTrue(statement.contains("Not yet answered"), "the civic society's comment has no answer yet");
        assertFalse(statement.contains("07700"), "no phone number on the statement");
        assertFalse(statement.contains("Rude words"), "nor the hidden comment");

        // a closed consultation: the form is gone and a comment posted anyway comes back with the error beside the field
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("text", "Late comment");
        form.putSingle("language", "cy");
        Response refused = h.pages.comment("ashby-np", form, "cy", PlansHarness.as(RESIDENT));
        assertEquals(409, refused.getStatus());
        String page = render((Page) refused.getEntity(), "cy");
        assertTrue(page.contains("Caeodd yr ymgynghoriad ar 2026-04-13"), page);
    }

    @Test
    void aScottishLocalityPlanToItsFirstAnnualReportWithAReminderBeforeItIsDue() throws Exception {
        PlansHarness h = new PlansHarness(TestClock.on(LocalDate.of(2026, 5, 4)));
        h.api.start(new PlansResource.NewPlan("kirkstyle", "locality-plan", "Kirkstyle Locality Plan", "", false,
                new Area(Area.Kind.DATA_ZONE, List.of("S01008001", "S01008002"), "Kirkstyle"), "East Ayrshire CPP", null));
        h.api.saveDraft("kirkstyle", new PlansResource.Draft(PlanLifecycleTestData.sections("A thriving Kirkstyle.")), PlansHarness.as(OFFICER));
        h.api.publish("kirkstyle", 1, PlansHarness.as(OFFICER));
        h.api.adopt("kirkstyle", new PlansResource.NewAdoption(1, LocalDate.of(2026, 5, 4), "Community planning board, 4 May 2026, item 5"),
                PlansHarness.as(OFFICER));
        // reporting year 1 April 2026 to 31 March 2027, report by 30 September 2027; reminder 28 days before
        LocalDate due = LocalDate.of(2027, 9, 30);
        String key = "kirkstyle/1/" + due;
        assertEquals(due.minusDays(28).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant(),
                h.jobs.job(ReportReminders.JOB, key).orElseThrow().dueAt());

        h.clock.set(LocalDate.of(2026, 11, 2));
        h.api.progress("kirkstyle", "green-spaces", new PlansResource.NewProgress("on-track", "Survey done",
                LocalDate.of(2026, 11, 2), Map.of("hectares", new BigDecimal("3.2"))), PlansHarness.as(OFFICER));
        ClientErrorException badStatus = assertThrows(ClientErrorException.class, () -> h.api.progress("kirkstyle", "green-spaces",
                new PlansResource.NewProgress("finished-ish", "", LocalDate.of(2026, 11, 2), null), PlansHarness.as(OFFICER)));
        assertEquals(422, badStatus.getResponse().getStatus());

        h.clock.set(due.minusDays(28).atTime(8, 59).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
        assertEquals(0, h.runner.runDue());
        h.clock.set(due.minusDays(28).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
        assertEquals(1, h.runner.runDue());
        List<String[]> mail = h.outbox();
        assertEquals(1, mail.size());
        assertEquals("morag@council.example", mail.get(0)[0]);
        assertTrue(mail.get(0)[2].contains("Progress report 1 on Kirkstyle Locality Plan"), mail.get(0)[2]);
        assertTrue(mail.get(0)[3].contains("CE(S)A 2015 s.12"), mail.get(0)[3]);

        String report = render(h.pages.report("kirkstyle", 1), "en");
        assertTrue(report.contains("Progress report 1"), report);
        assertTrue(report.contains("1 April 2026") && report.contains("31 March 2027"), "the reporting year");
        assertTrue(report.contains("30 September 2027"));
        assertTrue(report.contains("On track"));
        assertTrue(report.contains("baseline 2.5, latest 3.2, target 6"), report);

        h.api.reportPublished("kirkstyle", 1, new PlansResource.ReportPublished(h.clock.today()), PlansHarness.as(OFFICER));
        assertTrue(h.jobs.job(ReportReminders.JOB, "kirkstyle/2/2028-09-30").isPresent(), "the next year's reminder is planned");
    }

    @Test
    void aWelshWellBeingPlanReadsInWelshThroughout() throws Exception {
        PlansHarness h = new PlansHarness(TestClock.on(LocalDate.of(2026, 3, 2)));
        h.api.start(new PlansResource.NewPlan("gwynedd-llesiant", "well-being-plan", "Gwynedd Well-being Plan", "Cynllun Llesiant Gwynedd",
                true, new Area(Area.Kind.GSS, List.of("W06000002"), "Gwynedd"), "Bwrdd Gwasanaethau Cyhoeddus", null));
        h.api.saveDraft("gwynedd-llesiant", new PlansResource.Draft(PlanLifecycleTestData.sections("A Wales of cohesive communities.")),
                PlansHarness.as(OFFICER));
        h.api.publish("gwynedd-llesiant", 1, PlansHarness.as(OFFICER));
        h.api.openConsultation("gwynedd-llesiant", new PlansResource.NewConsultation(1, "consultation", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 5, 25), "Gwefan y bwrdd"), PlansHarness.as(OFFICER));
        h.api.comment("gwynedd-llesiant", new NewComment("Mae angen mwy o fysiau.", "vision", null, "cy", null), PlansHarness.as(RESIDENT));

        String page = render(h.pages.plan("gwynedd-llesiant", null, null, PlansHarness.as(RESIDENT)), "cy");
        assertTrue(page.contains("<title>Cynllun Llesiant Gwynedd"), page);
        assertTrue(page.indexOf("one-half\" lang=\"cy\"") > 0
                && page.indexOf("one-half\" lang=\"cy\"") < page.indexOf("one-half\" lang=\"en\""),
                "Welsh first: the council says so");
        assertTrue(page.contains("Mae angen mwy o fysiau."));
        assertTrue(page.contains("Anfon sylw"), "the form in Welsh");
        noEnglishMessages(page);
        noEnglishMessages(render(h.pages.statement("gwynedd-llesiant", 1), "cy"));
        noEnglishMessages(render(h.pages.rules(), "cy"));
        noEnglishMessages(render(h.pages.index(PlansHarness.as(RESIDENT)), "cy"));
    }

    @Test
    void theDemoLoadsAPlanOutToConsultationAndAnAdoptedOneWithItsReport() throws Exception {
        PlansHarness h = new PlansHarness(TestClock.on(LocalDate.of(2026, 12, 5)));
        org.folkmoot.plans.internal.PlansDemo.load(h.store, h.comments);
        String consulting = render(h.pages.plan(org.folkmoot.plans.internal.PlansDemo.CONSULTING, null, null, PlansHarness.as(null)), "en");
        assertTrue(consulting.contains("Pre-submission consultation (regulation 14) is open"), consulting);
        assertTrue(consulting.contains("Moira Road is the only open space"));
        assertTrue(consulting.contains("Sign in to comment on the plan"));
        String statement = render(h.pages.statement(org.folkmoot.plans.internal.PlansDemo.CONSULTING, 1), "en");
        assertTrue(statement.contains("3 comments were made, 1 of them by organisations; 1 have been answered."), statement);
        String adopted = render(h.pages.plan(org.folkmoot.plans.internal.PlansDemo.ADOPTED, null, null, PlansHarness.as(null)), "cy");
        assertTrue(adopted.contains("Cynllun Llesiant Cwm Taf Morgannwg"));
        assertTrue(adopted.contains("Adroddiad cynnydd 1"), adopted);
        String report = render(h.pages.report(org.folkmoot.plans.internal.PlansDemo.ADOPTED, 1), "cy");
        assertTrue(report.contains("Wedi'i oedi") || report.contains("Wedi&#39;i oedi"), report);
        noEnglishMessages(report);
        render(h.pages.index(PlansHarness.as(null)), "en");
    }

    @Test
    void aDraftImportedFromMarkdownThenComparedAndPublishedAsOpenData() throws Exception {
        PlansHarness h = new PlansHarness(TestClock.on(LocalDate.of(2026, 3, 2)));
        startNeighbourhoodPlan(h);
        ClientErrorException pdf = assertThrows(ClientErrorException.class, () -> h.api.importDraft("ashby-np", "en",
                "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), PlansHarness.as(OFFICER)));
        assertEquals(415, pdf.getResponse().getStatus());
        assertEquals(1, h.store.plans().get("ashby-np").versions().size(), "nothing saved");
        String markdown = "# Our vision\n\nA green village that keeps its playing field.\n\nA second paragraph.\n\n"
                + "# Protect green spaces\n\nDesignate the playing field as Local Green Space.\n";
        Views.VersionView imported = h.api.importDraft("ashby-np", "en", markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                PlansHarness.as(OFFICER));
        assertEquals(2, imported.number());
        assertEquals(List.of("our-vision", "protect-green-spaces"), imported.sections().stream().map(s -> s.key()).toList());
        h.api.publish("ashby-np", 2, PlansHarness.as(OFFICER));

        String page = render(h.pages.compare("ashby-np", 1, 2, "en", PlansHarness.as(null)), "en");
        assertTrue(page.contains("<ins") && page.contains("<del"), page);
        assertTrue(render(h.pages.plan("ashby-np", null, null, PlansHarness.as(null)), "en").contains("href=\"/plans/ashby-np/compare/1/2\""));

        // the adopted version's actions, as Decidim results; the timeline as plan-timetable
        h.api.adopt("ashby-np", new PlansResource.NewAdoption(1, LocalDate.of(2026, 3, 2), "Referendum passed; plan made"),
                PlansHarness.as(OFFICER));
        String csv = (String) h.api.actionsCsv("ashby-np").getEntity();
        assertTrue(csv.startsWith("id;"), csv);
        assertTrue(csv.contains("Protect green spaces") && csv.contains("Gwarchod mannau gwyrdd"), csv);
        String timetable = new String((byte[]) h.api.timetable("ashby-np").getEntity(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(timetable.matches("(?s).*\"plan-event\"\\s*:\\s*\"adopted\".*"), timetable);
        assertTrue(timetable.contains("2026-03-02"), timetable);
    }

    private static MultivaluedHashMap<String, String> form(String... pairs) {
        MultivaluedHashMap<String, String> f = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            f.putSingle(pairs[i], pairs[i + 1]);
        }
        return f;
    }

    private static MultivaluedHashMap<String, String> date(MultivaluedHashMap<String, String> f, String name, LocalDate d) {
        f.putSingle(name + "-day", String.valueOf(d.getDayOfMonth()));
        f.putSingle(name + "-month", String.valueOf(d.getMonthValue()));
        f.putSingle(name + "-year", String.valueOf(d.getYear()));
        return f;
    }

    @Test
    void officersTakeAPlanThroughItsStepsOnTheirPagesWithoutJavaScript() throws Exception {
        PlansHarness h = new PlansHarness(TestClock.on(LocalDate.of(2026, 3, 2)));
        jakarta.ws.rs.core.SecurityContext officer = PlansHarness.as(OFFICER);
        Response started = h.newPlan.start(form("id", "new", "type", "", "titleEn", ""), "en", officer);
        assertEquals(422, started.getStatus());
        String refusedNew = render((Page) started.getEntity(), "en");
        assertTrue(refusedNew.contains("id=\"new-type-error\""), refusedNew);
        render(h.newPlan.form(officer), "cy");
        assertEquals(303, h.newPlan.start(form("id", "ashby-np", "type", "neighbourhood-plan", "titleEn", "Ashby Neighbourhood Plan",
                "titleCy", "", "organisation", "Ashby Parish Council", "area", "Ashby"), "en", officer).getStatus());
        h.api.saveDraft("ashby-np", new PlansResource.Draft(PlanLifecycleTestData.sections("A green village.")), officer);
        // an editor writes a section on the page: a blank heading comes back beside its field; then it is saved
        jakarta.ws.rs.core.SecurityContext editorContext = PlansHarness.as(PlansHarness.user("editor-2", "plans.editor"));
        Response noHeading = h.sectionPages.save("ashby-np", "add", form("key", "homes", "kind", "PRIORITY", "headingEn", "",
                "headingCy", "", "bodyEn", "Sixty homes.", "bodyCy", "", "lead", "", "partners", ""), "en", editorContext);
        assertEquals(422, noHeading.getStatus());
        assertTrue(render((Page) noHeading.getEntity(), "en").contains("id=\"headingEn-error\""));
        assertEquals(303, h.sectionPages.save("ashby-np", "add", form("key", "homes", "kind", "PRIORITY", "headingEn",
                "Homes for local people", "headingCy", "Cartrefi i bobl leol", "bodyEn", "Sixty homes.", "bodyCy", "Trigain o gartrefi.",
                "lead", "", "partners", ""), "en", editorContext).getStatus());
        assertEquals(3, h.store.plans().get("ashby-np").version(1).sections().size(), "added to draft 1");

        String manage = render(h.officerPages.page("ashby-np", null, officer), "en");
        assertTrue(manage.contains("Publish version 1"), manage);
        assertEquals(303, h.officerPages.step("ashby-np", "publish", form("version", "1"), "en", officer).getStatus());

        // a window a day short of six weeks: the page again, the error beside the closing date, nothing opened
        Response tooShort = h.officerPages.step("ashby-np", "consultation", date(date(form("version", "1", "stage", "pre-submission",
                "how", "Leaflets"), "opens", LocalDate.of(2026, 3, 2)), "closes", LocalDate.of(2026, 4, 12)), "en", officer);
        assertEquals(422, tooShort.getStatus());
        String shortPage = render((Page) tooShort.getEntity(), "en");
        assertTrue(shortPage.contains("id=\"consultation-closes-error\""), shortPage);
        assertTrue(shortPage.contains("reg. 14(a)(iv)"), shortPage);
        assertTrue(h.store.plans().get("ashby-np").consultations().isEmpty());
        Response welshRefusal = h.officerPages.step("ashby-np", "consultation", date(form("version", "1", "stage", "pre-submission"),
                "opens", LocalDate.of(2026, 3, 2)), "cy", officer);
        assertTrue(render((Page) welshRefusal.getEntity(), "cy").contains("Rhowch y dyddiad"), "the missing date, in Welsh");
        assertEquals(303, h.officerPages.step("ashby-np", "consultation", date(date(form("version", "1", "stage", "pre-submission",
                "how", "Leaflets"), "opens", LocalDate.of(2026, 3, 2)), "closes", LocalDate.of(2026, 4, 13)), "en", officer).getStatus());
        assertEquals(303, h.officerPages.step("ashby-np", "consultee", form("consultation", "1", "name", "Natural England",
                "statutory", "yes", "how", "E-mail"), "en", officer).getStatus());
        assertEquals(303, h.officerPages.step("ashby-np", "notified", date(form("consultee", "1/1"), "on", LocalDate.of(2026, 3, 2)),
                "en", officer).getStatus());
        PublishedComment c = (PublishedComment) h.api.comment("ashby-np", new NewComment("Keep the field.", "green-spaces", null, "en",
                null), PlansHarness.as(RESIDENT)).getEntity();
        assertEquals(303, h.officerPages.step("ashby-np", "answer", form("comment", c.id(), "answer", "Cytunwyd.", "language", "cy", "change", ""), "en",
                officer).getStatus());
        h.clock.set(LocalDate.of(2026, 5, 1));
        assertEquals(303, h.officerPages.step("ashby-np", "adopt", date(form("version", "1", "decision", "Made by the council"), "on",
                LocalDate.of(2026, 5, 1)), "en", officer).getStatus());
        assertEquals(303, h.officerPages.step("ashby-np", "progress", date(form("action", "green-spaces", "status", "ON_TRACK",
                "note", "Survey done"), "on", LocalDate.of(2026, 5, 1)), "en", officer).getStatus());
        Plan plan = h.store.plans().get("ashby-np");
        assertEquals("Cytunwyd.", plan.answers().get(c.id()).text());
        assertEquals("cy", plan.answers().get(c.id()).language());
        assertTrue(render(h.pages.plan("ashby-np", null, null, officer), "en").contains("<p class=\"govuk-body\" lang=\"cy\">Cytunwyd.</p>"),
                "an answer in Welsh is marked as Welsh");
        assertEquals(LocalDate.of(2026, 3, 2), plan.consultation(1).consultees().get(0).notifiedOn());
        assertEquals(org.folkmoot.plans.internal.plan.ActionStatus.ON_TRACK, plan.progressOf("green-spaces", LocalDate.of(2026, 5, 1))
                .orElseThrow().status());
        render(h.officerPages.page("ashby-np", "progress", officer), "cy");
        assertTrue(render(h.pages.plan("ashby-np", null, null, officer), "en").contains("id=\"manage-link\""));
        // an editor may publish but not record the officers' steps
        FolkmootUser editor = PlansHarness.user("editor-1", "plans.editor");
        assertThrows(jakarta.ws.rs.ForbiddenException.class, () -> h.officerPages.step("ashby-np", "adopt", form(), "en",
                PlansHarness.as(editor)));
    }

    @Test
    void everyMessageHasBothLanguages() {
        assertEquals(new java.util.TreeSet<>(MESSAGES.messages("en").stringPropertyNames()),
                new java.util.TreeSet<>(MESSAGES.messages("cy").stringPropertyNames()));
    }

    /** No English message of this module (longer than a word or two) is on a Welsh page. */
    private static void noEnglishMessages(String html) {
        Properties en = MESSAGES.messages("en");
        Properties cy = MESSAGES.messages("cy");
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key);
            if (text.contains("{") || text.length() < 12 || text.equals(cy.getProperty(key))) {
                continue;
            }
            assertFalse(html.contains(text), () -> "English message " + key + " on a Welsh page: " + text);
        }
    }
}
