package org.folkmoot.assemblies.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.assemblies.internal.commission.Commission;
import org.folkmoot.assemblies.internal.commission.Milestone;
import org.folkmoot.assemblies.internal.commission.OversightMember;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.recommendations.Draft;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.folkmoot.assemblies.internal.recommendations.Tally;
import org.folkmoot.assemblies.internal.recommendations.ThresholdRule;
import org.folkmoot.assemblies.internal.response.Responses;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo's finished assembly, {@value #ID}: after Blaenau Gwent County Borough Council's 2021
 * climate assembly in the UK register (council, question, year and size from the register,
 * {@code demo/register/}, CC BY 4.0 mySociety), with made-up members, wording, votes (80% of
 * votes cast, five of seven passed), the council's responses (one overdue) and implementation
 * under way. Every date is counted back from today, so the demo looks the same on any day.
 * {@link AssembliesDemo} calls {@link #load()} after its own assemblies.
 */
@Component(service = RecommendationsDemo.class)
public class RecommendationsDemo {
    public static final String ID = "blaenau-gwent-climate";
    static final String REGISTER = "/demo/register/la-bgw-2021-climate-assembly.yaml";

    private final Recruitment recruitment;
    private final Recommendations recommendations;
    private final Responses responses;
    private final Implementation implementation;

    @Activate
    public RecommendationsDemo(@Reference Recruitment recruitment, @Reference Recommendations recommendations,
            @Reference Responses responses, @Reference Implementation implementation) {
        this.recruitment = recruitment;
        this.recommendations = recommendations;
        this.responses = responses;
        this.implementation = implementation;
    }

    /** A recommendation of the demo, with its vote. */
    record Item(String titleEn, String titleCy, String en, String cy, Tally tally) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("Warm homes", "Cartrefi cynnes", "Retrofit every council and housing association home with insulation and heat pumps by 2030, starting with the coldest homes.",
                    "Ôl-osod inswleiddio a phympiau gwres ym mhob cartref cyngor a chymdeithas dai erbyn 2030, gan ddechrau gyda’r cartrefi oeraf.", new Tally(44, 3, 1)),
            new Item("Buses people can rely on", "Bysiau y gall pobl ddibynnu arnynt", "Run buses between every valley town at least every 30 minutes until 11pm.",
                    "Rhedeg bysiau rhwng pob tref yn y cymoedd o leiaf bob 30 munud tan 11pm.", new Tally(41, 5, 2)),
            new Item("Car-free town centres", "Canol trefi heb geir", "Close Ebbw Vale and Tredegar town centres to cars on Saturdays.",
                    "Cau canol trefi Glynebwy a Thredegar i geir ar ddyddiau Sadwrn.", new Tally(22, 20, 6)),
            new Item("Green spaces", "Mannau gwyrdd", "Give every resident a green space within a ten-minute walk, and plant trees on council land.",
                    "Rhoi man gwyrdd o fewn deng munud ar droed i bob preswylydd, a phlannu coed ar dir y cyngor.", new Tally(39, 7, 2)),
            new Item("Community energy", "Ynni cymunedol", "Help community groups own solar and wind schemes, with the council buying their power.",
                    "Helpu grwpiau cymunedol i fod yn berchen ar gynlluniau solar a gwynt, gyda’r cyngor yn prynu eu pŵer.", new Tally(40, 4, 4)),
            new Item("Local food", "Bwyd lleol", "Serve local, seasonal food in every school and council canteen.",
                    "Gweini bwyd lleol, tymhorol ym mhob ysgol a ffreutur y cyngor.", new Tally(43, 2, 3)),
            new Item("A climate tax", "Treth hinsawdd", "Add a climate levy to council tax to pay for the work.",
                    "Ychwanegu ardoll hinsawdd at y dreth gyngor i dalu am y gwaith.", new Tally(12, 31, 5)));

    /** Loads the finished assembly; does nothing if it is there already. */
    public void load() throws IOException {
        if (recruitment.store().assemblies().find(ID).isPresent()) {
            return;
        }
        Map<String, String> register = register();
        int size = Integer.parseInt(register.get("number_participants"));
        LocalDate today = recruitment.today();
        LocalDate announced = today.minusDays(330);
        List<LocalDate> sessions = List.of(today.minusDays(260), today.minusDays(253), today.minusDays(246), today.minusDays(239));
        LocalDate responseDue = today.minusDays(120);
        recruitment.commission(new Commission(ID,
                "What should we do in Blaenau Gwent to tackle the climate crisis in a way that is fair and improves the lives of residents?",
                "Beth ddylem ni ei wneud ym Mlaenau Gwent i fynd i’r afael â’r argyfwng hinsawdd mewn ffordd sy’n deg ac yn gwella bywydau trigolion?",
                "Hear from experts, weigh the choices and recommend what the council and its partners should do.",
                "Clywed gan arbenigwyr, pwyso a mesur y dewisiadau ac argymell beth ddylai’r cyngor a’i bartneriaid ei wneud.",
                "", "", register.get("org_name") + " (the demo’s members, votes and responses are made up)", "Welsh Government (made up for the demo)",
                List.of(new OversightMember("Dr Example Advisor", "Chair, independent"), new OversightMember("Cynnal Cymru", "Facilitator")),
                List.of(new Milestone(announced, "Assembly announced (demo)", "Cyhoeddi’r cynulliad (demo)"),
                        new Milestone(sessions.get(3).plusDays(30), "Report to the council", "Adroddiad i’r cyngor")),
                sessions, AssembliesDemo.questions(), announced, responseDue, size, today.plusDays(365)));
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            members.add(String.format("P-DEMO%04d", i));
        }
        var selections = recruitment.store().selections();
        selections.queue(ID, false, SelectionAlgorithm.LEXIMIN, "made up for the demo", List.of(), List.of(), "demo-officer");
        selections.finish(ID, 1, Map.of(), "", members, 0, 1.0);

        recommendations.configure(ID, ThresholdRule.of("80", "COUNTED"), 3, 6, "demo-officer");
        for (int i = 0; i < ITEMS.size(); i++) {
            Item it = ITEMS.get(i);
            int n = recommendations.draft(ID, new Draft(it.titleEn(), it.titleCy(), firstDraft(it.en(), "en"), firstDraft(it.cy(), "cy"),
                    members.get(i * 3), ""), "demo-facilitator");
            recommendations.revise(ID, n, new Draft(it.titleEn(), it.titleCy(), it.en(), it.cy(), "demo-facilitator",
                    "Agreed wording from the tables of session 3"));
            if (i == 1) {
                castOnDevices(n, it.tally(), sessions.get(3));
            } else {
                recommendations.enterCount(ID, n, it.tally(), sessions.get(3), "demo-facilitator");
            }
        }
        LocalDate answered = responseDue.minusDays(6);
        respond(1, "ACCEPTED", "The council will retrofit its 4,000 homes by 2030 with the Welsh Government’s Optimised Retrofit Programme.",
                "Bydd y cyngor yn ôl-osod ei 4,000 o gartrefi erbyn 2030 gyda Rhaglen Ôl-osod Optimeiddiedig Llywodraeth Cymru.", "Housing", answered);
        respond(2, "ACCEPTED_IN_PART", "Buses every 30 minutes until 8pm from next year; later buses depend on regional funding.",
                "Bysiau bob 30 munud tan 8pm o’r flwyddyn nesaf; mae bysiau hwyrach yn dibynnu ar gyllid rhanbarthol.", "Transport", answered);
        respond(4, "ACCEPTED", "A green space plan, and 10,000 trees on council land.", "Cynllun mannau gwyrdd, a 10,000 o goed ar dir y cyngor.",
                "Parks and countryside", answered);
        respond(5, "NOT_ACCEPTED", "The council cannot commit to buy power at a fixed price; it will advise community groups instead.",
                "Ni all y cyngor ymrwymo i brynu pŵer am bris sefydlog; bydd yn cynghori grwpiau cymunedol yn lle hynny.", "Regeneration", answered);
        // recommendation 6 has no response: it is overdue

        String survey = implementation.addAction(ID, 1, "Survey every council home", "Arolygu pob cartref cyngor", "Housing");
        String retrofit = implementation.addAction(ID, 1, "Retrofit the first 800 homes", "Ôl-osod yr 800 cartref cyntaf", "Housing");
        String timetable = implementation.addAction(ID, 2, "New timetable to 8pm", "Amserlen newydd tan 8pm", "Transport");
        implementation.addAction(ID, 4, "Green space plan", "Cynllun mannau gwyrdd", "Parks and countryside");
        update(survey, answered.plusDays(30), "DONE", null, "All 4,000 homes surveyed.", "Arolygwyd pob un o’r 4,000 o gartrefi.");
        update(retrofit, answered.plusDays(60), "IN_PROGRESS", 35, "280 homes done; the rest booked.", "280 o gartrefi wedi’u gwneud; mae’r gweddill wedi’u trefnu.");
        update(timetable, answered.plusDays(90), "DONE", null, "The new timetable runs from this month.", "Mae’r amserlen newydd yn rhedeg o’r mis hwn.");
    }

    private void castOnDevices(int n, Tally tally, LocalDate on) {
        List<Recommendations.IssuedCode> codes = recommendations.openDeviceVote(ID, n, on, "demo-facilitator");
        int c = 0;
        for (int i = 0; i < tally.inFavour(); i++) {
            recommendations.cast(ID, codes.get(c++).code(), "FOR", "demo");
        }
        for (int i = 0; i < tally.against(); i++) {
            recommendations.cast(ID, codes.get(c++).code(), "AGAINST", "demo");
        }
        for (int i = 0; i < tally.abstain(); i++) {
            recommendations.cast(ID, codes.get(c++).code(), "ABSTAIN", "demo");
        }
        recommendations.closeDeviceVote(ID, n);
    }

    private void respond(int n, String decision, String en, String cy, String service, LocalDate on) {
        responses.respond(ID, n, new Responses.Answer(decision, en, cy, service, on), "demo-officer");
    }

    private void update(String action, LocalDate on, String status, Integer progress, String en, String cy) {
        implementation.update(ID, action, new Implementation.Update(on, status, progress, en, cy), "demo-officer");
    }

    /** The first draft, as a table first wrote it: the agreed wording without its deadline, or less firm. */
    private static String firstDraft(String agreed, String language) {
        String draft = agreed.replace(" by 2030", "").replace(" erbyn 2030", "");
        if (!draft.equals(agreed)) {
            return draft;
        }
        return agreed.replaceFirst("\\.$", "cy".equals(language) ? ", os oes modd." : ", if it can.");
    }

    /** The register entry's top-level {@code key: value} lines (a flat YAML file). */
    static Map<String, String> register() throws IOException {
        return register(REGISTER);
    }

    /** Another entry of the register copied into {@code demo/register/}, read the same way. */
    static Map<String, String> register(String resource) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = RecommendationsDemo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the assemblies bundle");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && !line.startsWith(" ")) {
                    out.put(line.substring(0, colon), line.substring(colon + 1).strip());
                }
            }
        }
        return out;
    }
}
