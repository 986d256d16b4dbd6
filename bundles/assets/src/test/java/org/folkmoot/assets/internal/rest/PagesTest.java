package org.folkmoot.assets.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.api.Test;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * The page templates rendered with FreeMarker as the web bundle configures it, a stand-in for
 * its layout, and this bundle's English and Welsh messages. A missing message fails the test.
 */
class PagesTest {

    static Properties messages(String language) throws IOException {
        String name = language.equals("cy") ? "/l10n/messages_cy.properties" : "/l10n/messages.properties";
        Properties p = new Properties();
        try (InputStream in = PagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static String render(String template, Map<String, Object> model, String language) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader layout = new StringTemplateLoader();
        layout.putTemplate("layout.ftlh", "<#macro page title><html lang=\"${lang}\"><title>${title}</title>"
                + "<main><#nested></main></html></#macro>");
        cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                new ClassTemplateLoader(PagesTest.class, "/templates"), layout}));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.addAutoImport("layout", "layout.ftlh");
        Properties msgs = messages(language);
        Map<String, Object> root = new java.util.HashMap<>(model);
        root.put("lang", language);
        root.put("msg", (TemplateMethodModelEx) args -> {
            String key = String.valueOf(args.get(0));
            String text = msgs.getProperty(key);
            if (text == null) {
                throw new TemplateModelException("no message " + key + " in " + language);
            }
            Object[] rest = new Object[args.size() - 1];
            for (int i = 1; i < args.size(); i++) {
                rest[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(i));
            }
            return rest.length == 0 ? text : new MessageFormat(text, Locale.forLanguageTag(language)).format(rest);
        });
        root.put("url", (TemplateMethodModelEx) args -> language.equals("en") ? String.valueOf(args.get(0))
                : args.get(0) + "?lang=" + language);
        StringWriter out = new StringWriter();
        cfg.getTemplate(template).process(root, out);
        return out.toString();
    }

    @Test
    void everyMessageHasBothLanguages() throws IOException {
        assertEquals(messages("en").stringPropertyNames(), messages("cy").stringPropertyNames());
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
        assertTrue(en.contains("<title>Land and assets register</title>"));
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
        java.time.Clock clock = java.time.Clock.fixed(LocalDate.of(2026, 11, 23).atTime(12, 0)
                .atZone(java.time.ZoneId.of("Europe/London")).toInstant(), java.time.ZoneId.of("Europe/London"));
        ScottishAssetTransferRequest r = ScottishAssetTransferRequest.submit("ATR-7",
                new LandReference("010000480247", "10/00022/LAND", "Pittville Crescent gardens"), "Pittville Trust",
                ScottishAssetTransferRequest.TransferType.LEASE, ScottishAssetTransferRequest.AuthorityKind.LOCAL_AUTHORITY,
                RuleBook.bundled().byId("scotland-cesa-2015-part5").orElseThrow(),
                WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND), Act.on(LocalDate.of(2026, 3, 2)).by("j.smith"), clock);
        r.validate(Act.on(LocalDate.of(2026, 3, 2)).by("j.smith").saying("private note"));

        String en = render("assets-case.ftlh", PageModels.caseFile(r), "en");
        assertTrue(en.contains("Asset transfer request (Scotland)"));
        assertTrue(en.contains("Validated"));
        assertTrue(en.contains("2026-09-02"), "the decision deadline");
        assertTrue(en.contains("Overdue"));
        assertTrue(en.contains("since 2026-03-02"), "the disposal lock");
        assertFalse(en.contains("j.smith") || en.contains("private note"), "no officer names or notes in public");

        String cy = render("assets-case.ftlh", PageModels.caseFile(r), "cy");
        assertTrue(cy.contains("Wedi’i ddilysu"));
        assertTrue(cy.contains("Y cyngor"));

        DeadlineBoard.View v = new DeadlineBoard(clock).view(List.of(r), 28, null);
        String dash = render("assets-dashboard.ftlh", PageModels.dashboard(v, 28), "en");
        assertTrue(dash.contains("href=\"/asset-transfers/cases/ATR-7\""));
        assertTrue(dash.contains("Due in the next 28 days"));
        assertTrue(render("assets-dashboard.ftlh", PageModels.dashboard(v, 28), "cy").contains("Yn hwyr"));
    }
}
