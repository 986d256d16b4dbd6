package org.folkmoot.assets.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.cases.Act;
import org.folkmoot.assets.internal.cases.DeadlineBoard;
import org.folkmoot.assets.internal.cases.DisposalLock;
import org.folkmoot.assets.internal.cases.LandReference;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest;
import org.folkmoot.assets.internal.register.Asset;
import org.folkmoot.assets.internal.register.AssetKey;
import org.folkmoot.assets.internal.register.InMemoryAssetRepository;
import org.folkmoot.assets.internal.register.TransparencyCodeCsv;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.folkmoot.api.web.Page;
import org.folkmoot.web.internal.RendererFixture;
import org.folkmoot.testkit.TemplateFixture;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.Test;


/**
 * The page templates rendered by the web bundle's renderer with its layout and page kit, and this
 * bundle's English and Welsh messages (read through the test kit). A missing message fails the test.
 */
class PagesTest {

    private static final TemplateFixture PAGES = new TemplateFixture(PagesTest.class);

    static Properties messages(String language) {
        return PAGES.messages(language);
    }

    /** The page as the runtime renders it; a message key left on the page (a missing message) fails the test. */
    static String render(String template, Map<String, Object> model, String language) {
        String html = RendererFixture.render(Page.of(AssetPages.class, template, model), "asset-transfers", language);
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("assets\\.[a-z]+\\.[A-Za-z_.-]+").matcher(html);
        assertFalse(key.find(), () -> "no message " + key.group() + " in " + language);
        return html;
    }

    @Test
    void everyMessageHasBothLanguages() throws IOException {
        java.util.Set<String> welsh = new java.util.TreeSet<>(messages("cy").stringPropertyNames());
        // Deadline labels by key are Welsh only: English pages show each deadline's own label.
        welsh.removeIf(key -> key.startsWith("assets.deadline."));
        assertEquals(new java.util.TreeSet<>(messages("en").stringPropertyNames()), welsh);
    }

    @Test
    void theRegisterPageInBothLanguagesWithLocksAndEscaping() throws Exception {
        InMemoryAssetRepository repo = new InMemoryAssetRepository();
        new TransparencyCodeCsv(repo).importCsv(RegisterResourceTest.file("cheltenham_local_authority_land_and_assets_2023.csv"));
        repo.upsert(new Asset(new AssetKey("000000000001", "T1"), "", "", "Fish & <Chips> kiosk", "Promenade", "", "",
                Optional.empty(), "Freehold", "", "Commercial", "", ""));
        List<DisposalLock> locks = List.of(new DisposalLock(new LandReference("010000480247", "10/00022/LAND", "x"),
                "ATR-7", LocalDate.of(2026, 6, 1), "live"));

        String en = render("assets-register.ftlh", PageModels.register(repo.all(), locks, ""), "en");
        assertTrue(en.contains("<title>Land and assets register – Folkmoot</title>"), en);
        assertTrue(en.contains("460 assets"), "459 imported plus one");
        assertTrue(en.contains("Fish &amp; &lt;Chips&gt; kiosk"), "HTML is escaped");
        assertTrue(en.contains("Locked by ATR-7"));
        assertTrue(en.contains("010000480247"));

        String cy = render("assets-register.ftlh", PageModels.register(repo.all(), locks, "pittville"), "cy");
        assertTrue(cy.contains("Cofrestr tir ac asedau"));
        assertTrue(cy.contains("Wedi’i gloi gan ATR-7"));
        assertTrue(cy.contains("href=\"/asset-transfers/cases/ATR-7?lang=cy\""));
        assertFalse(cy.contains("Fish"), "the search narrows the list");
    }

    @Test
    void aCasePageAndTheDashboard() throws Exception {
        java.time.Clock clock = november23();
        ScottishAssetTransferRequest r = ScottishAssetTransferRequest.submit("ATR-7",
                new LandReference("010000480247", "10/00022/LAND", "Pittville Crescent gardens"), "Pittville Trust",
                ScottishAssetTransferRequest.TransferType.LEASE, ScottishAssetTransferRequest.AuthorityKind.LOCAL_AUTHORITY,
                RuleBook.bundled().byId("scotland-cesa-2015-part5").orElseThrow(),
                WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND), Act.on(LocalDate.of(2026, 3, 2)).by("j.smith"), clock);
        r.validate(Act.on(LocalDate.of(2026, 3, 2)).by("j.smith").saying("private note"));

        String en = render("assets-case.ftlh", PageModels.caseFile(r), "en");
        assertTrue(en.contains("Asset transfer request (Scotland)"));
        assertTrue(en.contains("Validated"));
        assertTrue(en.contains("<time datetime=\"2026-09-02\">2 September 2026</time>"), "the decision deadline, in words");
        assertTrue(en.contains("Overdue"));
        assertTrue(en.contains("since 2 March 2026"), "the disposal lock");
        assertFalse(en.contains("j.smith") || en.contains("private note"), "no officer names or notes in public");

        assertTrue(en.contains("Decision notice to Pittville Trust"), "the deadline's own label, naming the body");
        String cy = render("assets-case.ftlh", PageModels.caseFile(r), "cy");
        assertTrue(cy.contains("Wedi’i ddilysu"));
        assertTrue(cy.contains("2 Medi 2026") && cy.contains("ers 2 Mawrth 2026"), "dates in Welsh words");
        assertTrue(cy.contains("Hysbysiad o’r penderfyniad i’r corff cymunedol"), "the deadline in Welsh");
        assertFalse(cy.contains("Decision notice to"), cy);
        assertTrue(cy.contains("Y cyngor"));

        DeadlineBoard.View v = new DeadlineBoard(clock).view(List.of(r), 28, null);
        String dash = render("assets-dashboard.ftlh", PageModels.dashboard(v, 28), "en");
        assertTrue(dash.contains("href=\"/asset-transfers/cases/ATR-7\""));
        assertTrue(dash.contains("Due in the next 28 days"));
        String dashCy = render("assets-dashboard.ftlh", PageModels.dashboard(v, 28), "cy");
        assertTrue(dashCy.contains("Yn hwyr"));
        assertTrue(dashCy.contains("Hysbysiad o’r penderfyniad i’r corff cymunedol"), dashCy);
    }

    private static ScottishAssetTransferRequest request(java.time.Clock clock, String id) {
        return ScottishAssetTransferRequest.submit(id,
                new LandReference("010000480247", "10/00022/LAND", "Pittville Crescent gardens"), "Pittville Trust",
                ScottishAssetTransferRequest.TransferType.LEASE, ScottishAssetTransferRequest.AuthorityKind.LOCAL_AUTHORITY,
                RuleBook.bundled().byId("scotland-cesa-2015-part5").orElseThrow(),
                WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND), Act.on(LocalDate.of(2026, 3, 2)).by("j.smith"), clock);
    }

    private static java.time.Clock november23() {
        return TestClock.on(LocalDate.of(2026, 11, 23));
    }

    @Test
    void officersSeeStepFormsForTheCasesStateResidentsDoNot() throws Exception {
        ScottishAssetTransferRequest r = request(november23(), "ATR 7/B");
        String officer = render("assets-case.ftlh", PageModels.caseFile(r, Optional.of("csrf-123"), "", Map.of(), "", Map.of()), "en");
        assertTrue(officer.contains("<input type=\"hidden\" name=\"_csrf\" value=\"csrf-123\">"), "the session's CSRF token");
        assertTrue(officer.contains("action=\"/asset-transfers/cases/ATR+7%2FB/steps\"")
                || officer.contains("action=\"/asset-transfers/cases/ATR%207%2FB/steps\""), "the id is escaped in the path");
        assertTrue(officer.contains("value=\"validated\"") && officer.contains("Request validated"));
        assertTrue(officer.contains("value=\"incomplete\"") && officer.contains("What information is missing"));
        assertFalse(officer.contains("value=\"decision\""), "no decision before validation");
        assertTrue(officer.contains("value=\"2026-11-23\""), "the date defaults to today");

        r.validate(Act.on(LocalDate.of(2026, 3, 2)).by("j.smith"));
        String validated = render("assets-case.ftlh", PageModels.caseFile(r, Optional.of("t"), "validated", Map.of(), "", Map.of()), "cy");
        assertTrue(validated.contains("Wedi’i gofnodi: Cais wedi’i ddilysu"), "the saved banner, in Welsh");
        assertTrue(validated.contains("value=\"notices-given\"") && validated.contains("Dyddiad cau ar gyfer sylwadau"));
        assertTrue(validated.contains("value=\"decision\"") && validated.contains("value=\"AGREED\"")
                && validated.contains("Gwrthodwyd"));
        assertFalse(validated.contains("value=\"appeal-made\""), "a council's decisions are reviewed, not appealed");
        assertTrue(validated.contains("action=\"/asset-transfers/cases/ATR+7%2FB/steps?lang=cy\"")
                || validated.contains("action=\"/asset-transfers/cases/ATR%207%2FB/steps?lang=cy\""), validated);

        String refused = render("assets-case.ftlh", PageModels.caseFile(r, Optional.of("t"), "", Map.of("notices-given-closingDate",
                "Representations must be allowed for at least 20 working days <beginning with> the notice"), "notices-given",
                Map.of("date", "2026-03-03", "closingDate", "2026-03-04", "note", "Tŷ & gardd")), "en");
        assertTrue(refused.contains("There is a problem") && refused.contains("&lt;beginning with&gt;"), refused);
        assertTrue(refused.contains("<a href=\"#notices-given-closingDate\">Representations must"), "the summary links to the field");
        assertTrue(refused.contains("<p id=\"notices-given-closingDate-error\" class=\"govuk-error-message\">"), "the error is beside it");
        assertTrue(refused.contains("class=\"govuk-input govuk-input--width-10 govuk-input--error\" id=\"notices-given-closingDate\""),
                refused);
        assertTrue(refused.contains("<details class=\"govuk-details\" id=\"step-notices-given\" open>"), "its form is open");
        assertTrue(refused.contains("value=\"2026-03-04\"") && refused.contains("Tŷ &amp; gardd"), "what was posted is kept");

        String resident = render("assets-case.ftlh", PageModels.caseFile(r), "en");
        assertFalse(resident.contains("<form") || resident.contains("_csrf"), "no forms for the public");
    }

    @Test
    void everyFormStepIsAStepTheCaseKnowsAndHasALabel() throws Exception {
        Properties en = messages("en");
        for (String step : List.of("incomplete", "validated", "notices-given", "comments-invited", "assessment-started",
                "decision", "decision-period-extended", "not-determined", "review-applied", "appeal-made", "review-decision",
                "appeal-decision", "offer-submitted", "contract-concluded", "no-contract-appeal", "concluded", "lapsed",
                "withdrawn")) {
            ScottishAssetTransferRequest r = request(november23(), "ATR-1");
            assertTrue(OfficerForms.find(r, step).isPresent(), step);
            assertTrue(en.containsKey("assets.step." + step), step);
            try {
                org.folkmoot.assets.internal.cases.CaseSteps.apply(r, step, Act.on(LocalDate.of(2026, 3, 3)).by("o"),
                        new org.folkmoot.assets.internal.cases.CaseSteps.Args(step, Map.of()), id -> null);
            } catch (org.folkmoot.assets.internal.cases.CaseException e) {
                assertFalse(e.getMessage().startsWith("There is no step"), step + ": " + e.getMessage());
            }
            for (OfficerForms.Field f : OfficerForms.find(r, step).orElseThrow().fields()) {
                assertTrue(en.containsKey("assets.field." + f.name()), f.name());
                f.options().forEach(o -> assertTrue(en.containsKey("assets.choice." + o), o));
            }
        }
        assertEquals(Map.of("closingDate", "2026-12-21"), OfficerForms.args(OfficerForms.find(request(november23(), "x"),
                "notices-given").orElseThrow(), Map.of("closingDate", " 2026-12-21 ", "step", "notices-given", "_csrf", "t",
                "decision", "AGREED")), "only the step's own fields, trimmed");
    }

    @Test
    void theNewRequestFormInBothLanguages() throws Exception {
        String en = render("assets-new-request.ftlh", PageModels.newRequest("csrf-9", Map.of("uprn", "010000480247",
                "assetCode", "10/00022/LAND", "land", "Pittville Crescent gardens", "authority", "LOCAL_AUTHORITY",
                "date", "2026-11-23"), Map.of()), "en");
        assertTrue(en.contains("<form method=\"post\" action=\"/asset-transfers/new-request\""));
        assertTrue(en.contains("value=\"csrf-9\""));
        assertTrue(en.contains("id=\"uprn\" name=\"uprn\" type=\"text\" value=\"010000480247\""), "prefilled, zero kept");
        assertTrue(en.contains("value=\"LOCAL_AUTHORITY\" checked"));
        assertTrue(en.contains("value=\"OTHER_RIGHTS\"") && en.contains("A lease"));
        assertFalse(en.contains("There is a problem"));
        String cy = render("assets-new-request.ftlh", PageModels.newRequest("c", Map.of("id", "ATR-1"),
                Map.of("id", "A case with the reference ATR-1 already exists.", "communityBody", "assets.error.communityBody")), "cy");
        assertTrue(cy.contains("<a href=\"#id\">A case") && cy.contains("<a href=\"#communityBody\">Enwch y corff"), cy);
        assertTrue(cy.contains("<p id=\"communityBody-error\" class=\"govuk-error-message\">"), cy);
        assertTrue(cy.contains("Cofnodi cais i drosglwyddo ased") && cy.contains("Mae problem") && cy.contains("already exists"));
        assertTrue(cy.contains("action=\"/asset-transfers/new-request?lang=cy\""));
    }

    @Test
    void theRegisterOffersOfficersARequestForAnUnlockedAsset() throws Exception {
        InMemoryAssetRepository repo = new InMemoryAssetRepository();
        repo.upsert(new Asset(new AssetKey("010000480247", "10/00022/LAND"), "", "", "Pittville & gardens", "", "", "",
                Optional.empty(), "Freehold", "", "Parks", "", ""));
        Map<String, Object> model = new java.util.HashMap<>(PageModels.register(repo.all(), List.of(), ""));
        assertFalse(render("assets-register.ftlh", model, "en").contains("new-request"), "not for the public");
        model.put("officer", true);
        String en = render("assets-register.ftlh", model, "en");
        assertTrue(en.contains("href=\"/asset-transfers/new-request?uprn=010000480247&amp;assetCode=10%2F00022%2FLAND"
                + "&amp;land=Pittville+%26+gardens\"") || en.contains("href=\"/asset-transfers/new-request?uprn=010000480247"
                + "&amp;assetCode=10%2F00022%2FLAND&amp;land=Pittville%20%26%20gardens\""), en);
    }

    @Test
    void theNewNominationFormInBothLanguages() throws Exception {
        String en = render("assets-new-nomination.ftlh", PageModels.newNomination("csrf-5", Map.of("uprn", "100121227680",
                "name", "Boots Fountain", "date", "2026-11-23"), Map.of()), "en");
        assertTrue(en.contains("<form method=\"post\" action=\"/asset-transfers/new-nomination\""));
        assertTrue(en.contains("value=\"csrf-5\"") && en.contains("value=\"Boots Fountain\""));
        assertTrue(en.contains("value=\"UNINCORPORATED_BODY\"") && en.contains("Parish council"));
        assertTrue(en.contains("name=\"localConnection\" type=\"checkbox\" value=\"true\">"), "not ticked by default: " + en);
        String cy = render("assets-new-nomination.ftlh", PageModels.newNomination("c", Map.of("nominatorKind", "CHARITY",
                "localConnection", "true", "members", "25"), Map.of("members", "An unincorporated body needs at least 21 members.")), "cy");
        assertTrue(cy.contains("<a href=\"#members\">An unincorporated") && cy.contains("id=\"members-error\""), cy);
        assertTrue(cy.contains("Cofnodi enwebiad ased o werth cymunedol") && cy.contains("Mae problem"));
        assertTrue(cy.contains("value=\"CHARITY\" checked") && cy.contains("value=\"true\" checked") && cy.contains("value=\"25\""),
                "what was typed is kept");
        assertTrue(cy.contains("Elusen"));
    }

    // ---- refusals and legal bases in the page's language ---------------------------------------

    @Test
    void aRefusalOnAWelshPageIsWelshWithItsDateInWordsAndTheApiKeepsItsEnglish() throws Exception {
        ScottishAssetTransferRequest r = request(november23(), "ATR-8");
        r.validate(Act.on(LocalDate.of(2026, 11, 9)).by("o"));
        org.folkmoot.assets.internal.cases.CaseException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.folkmoot.assets.internal.cases.CaseException.class,
                () -> r.giveNotices(Act.on(LocalDate.of(2026, 11, 9)).by("o"), LocalDate.of(2026, 12, 4)));
        // The JSON API's English, as it always was.
        assertEquals("Representations must be allowed for at least 20 working days beginning with the notice: "
                + "the closing date cannot be before 2026-12-07.", e.getMessage());
        assertEquals("Rhaid caniatáu sylwadau am o leiaf 20 diwrnod gwaith gan ddechrau â dyddiad yr hysbysiad: "
                + "ni all y dyddiad cau fod cyn 2026-12-07.", e.message("cy"), "the JSON API's Welsh, for ?lang=cy");
        assertEquals(e.getMessage(), e.message("en"));
        Map<String, String> errors = Map.of("notices-given-closingDate", e.getMessage());
        Map<String, Object> model = new java.util.HashMap<>(PageModels.caseFile(r, Optional.of("t"), "", errors, "notices-given",
                Map.of("date", "2026-11-09", "closingDate", "2026-12-04")));
        model.put("refusals", Refusal.models(Map.of("notices-given-closingDate", Refusal.of(e).orElseThrow())));

        String cy = render("assets-case.ftlh", model, "cy");
        String welsh = "Rhaid caniatáu sylwadau am o leiaf 20 diwrnod gwaith gan ddechrau â dyddiad yr hysbysiad: "
                + "ni all y dyddiad cau fod cyn 7 Rhagfyr 2026.";
        assertTrue(cy.contains("<a href=\"#notices-given-closingDate\">" + welsh + "</a>"), "in the summary: " + cy);
        assertTrue(cy.contains("<span class=\"govuk-visually-hidden\">Gwall:</span> " + welsh)
                || cy.contains("</span> " + welsh + "</p>"), "beside the field: " + cy);
        assertFalse(cy.contains("Representations must") || cy.contains("closing date") || cy.contains("2026-12-07"),
                "no English sentence on the Welsh page");

        String en = render("assets-case.ftlh", model, "en");
        assertTrue(en.contains("Representations must be allowed for at least 20 working days beginning with the notice: "
                + "the closing date cannot be before 7 December 2026."), "English pages write the date in words: " + en);
    }

    @Test
    void aCaseInTheWrongStateIsRefusedInWelshByTheStatesWelshName() throws Exception {
        ScottishAssetTransferRequest r = request(november23(), "ATR-5");
        org.folkmoot.assets.internal.cases.CaseException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.folkmoot.assets.internal.cases.CaseException.class, () -> r.lapse(Act.on(LocalDate.of(2026, 3, 3)).by("o")));
        assertEquals("Cannot record that the request lapsed: the asset transfer request ATR-5 is submitted.", e.getMessage());
        assertEquals(409, e.httpStatus());
        Map<String, Object> model = new java.util.HashMap<>(PageModels.caseFile(r, Optional.of("t"), "",
                Map.of("lapsed-date", e.getMessage()), "lapsed", Map.of()));
        model.put("refusals", Refusal.models(Map.of("lapsed-date", Refusal.of(e).orElseThrow())));
        String cy = render("assets-case.ftlh", model, "cy");
        assertTrue(cy.contains("Ni ellir cofnodi’r cam hwn: statws achos ATR-5 yw “" + messages("cy").getProperty(
                "assets.state.SUBMITTED") + "”."), cy);
        assertFalse(cy.contains("Cannot record"), cy);
        assertEquals("Ni ellir cofnodi’r cam hwn: statws achos ATR-5 yw “Wedi’i gyflwyno”.", e.message("cy"));
    }

    @Test
    void everyRefusalKeyInTheCodeHasItsMessage() throws IOException {
        Properties en = messages("en");
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("\"(assets\\.(?:refusal|representation\\.error)\\.[A-Za-z.]+)\"");
        List<java.nio.file.Path> sources;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        int found = 0;
        for (java.nio.file.Path source : sources) {
            java.util.regex.Matcher m = key.matcher(java.nio.file.Files.readString(source));
            while (m.find()) {
                String k = m.group(1);
                found++;
                if (k.endsWith(".")) {
                    // A key completed by an enum's name: every name of that family has its message.
                    assertTrue(en.stringPropertyNames().stream().anyMatch(n -> n.startsWith(k)), k);
                } else {
                    assertTrue(en.containsKey(k), source + ": no message " + k);
                }
            }
        }
        assertTrue(found > 50, "the refusals were found: " + found);
        for (String kind : List.of("REVIEW", "APPEAL")) {
            assertTrue(en.containsKey("assets.refusal.challenged." + kind) && en.containsKey("assets.refusal.challengeLate." + kind));
        }
    }

    @Test
    void everyBundledLegalBasisIsWrittenInWelshWithItsStatutesExact() throws Exception {
        for (org.folkmoot.assets.internal.rules.RuleSet set : RuleBook.bundled().all()) {
            set.periods().values().forEach(p -> {
                Map<String, Object> model = LegalBasis.model(p.describe() + "; " + p.citation());
                assertTrue(model.containsKey("period"), set.id() + " " + p.key() + ": " + p.citation());
            });
        }
        ScottishAssetTransferRequest r = request(november23(), "ATR-6");
        r.validate(Act.on(LocalDate.of(2026, 3, 2)).by("o"));
        String cy = render("assets-case.ftlh", PageModels.caseFile(r), "cy");
        assertTrue(cy.contains("6 mis ar ôl; Deddf Grymuso Cymunedau (Yr Alban) 2015, adran 82(7); "
                + "Offeryn Statudol yr Alban 2016/357, rheoliad 10"), cy);
        assertFalse(cy.contains("CE(S)A") || cy.contains("months after"), "no English basis on the Welsh page");
        String en = render("assets-case.ftlh", PageModels.caseFile(r), "en");
        assertTrue(en.contains("6 months after; CE(S)A 2015 s.82(7); SSI 2016/357 reg 10"), "English as the rules cite it: " + en);

        Map<String, Object> regs = LegalBasis.model("20 working days beginning with; SSI 2016/357 regs 6 and 7");
        assertEquals("assets.cite.regulations", ((List<Map<String, Object>>) ((List<Map<String, Object>>) regs.get("cites")).get(0)
                .get("provisions")).get(0).get("key"));
        assertFalse(LegalBasis.model("6 months after; Some Act 2030 s.1").containsKey("period"), "unknown: shown as given");
        assertEquals(2, LegalBasis.model("extended by agreement (2 extensions)").get("extended"));
    }
}
