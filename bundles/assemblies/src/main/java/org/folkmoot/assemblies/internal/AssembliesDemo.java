package org.folkmoot.assemblies.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.api.sortition.SortitionService;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.assemblies.internal.commission.Commission;
import org.folkmoot.assemblies.internal.commission.Milestone;
import org.folkmoot.assemblies.internal.commission.OversightMember;
import org.folkmoot.assemblies.internal.commission.Question;
import org.folkmoot.assemblies.internal.commission.StandardQuestions;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.registration.Registrant;
import org.folkmoot.assemblies.internal.selection.SelectionRunner;
import org.folkmoot.assemblies.internal.store.Registrations.Household;
import org.folkmoot.assemblies.internal.store.Selections;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode ({@code folkmoot.demo=true}), with no assembly yet, two made-up assemblies of
 * Trafford Council: one in recruitment (letters sent from a made-up gazetteer on Trafford's real
 * postcodes, people registering, targets from Trafford's Census 2021 counts, some groups short) and
 * one whose panel was selected, called, one member replaced, and published. The people are made
 * up; then the finished assembly ({@link RecommendationsDemo}) and the standing assembly with two
 * rounds ({@link RoundsDemo}). The work runs on a thread of its own: selection takes a few seconds.
 */
@Component(immediate = true)
public class AssembliesDemo {
    static final String RECRUITING = "trafford-climate";
    static final String SELECTED = "trafford-transport";
    private static final Logger LOG = LoggerFactory.getLogger(AssembliesDemo.class);
    private static final String[] GIVEN = {"Aled", "Bethan", "Ceri", "Dafydd", "Eleri", "Ffion", "Gareth", "Haf", "Ifan", "Jasmine",
        "Kwame", "Leila", "Mohammed", "Nia", "Owen", "Priya", "Rhys", "Sian", "Tomasz", "Usha", "Vikram", "Wendy", "Yusuf", "Zara"};
    private static final String[] FAMILY = {"Ahmed", "Brown", "Davies", "Evans", "Hughes", "Jones", "Khan", "Lewis", "Morgan",
        "Nowak", "Okafor", "Patel", "Roberts", "Singh", "Thomas", "Williams"};

    @Activate
    public AssembliesDemo(BundleContext context, @Reference Recruitment recruitment, @Reference SortitionService sortition,
            @Reference RecommendationsDemo finished, @Reference RoundsDemo standing) {
        if (!"true".equalsIgnoreCase(context.getProperty("folkmoot.demo")) || !recruitment.store().assemblies().all().isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                load(recruitment, sortition);
                finished.load();
                standing.load();
                LOG.info("Demo data: two made-up citizens' assemblies of Trafford Council (Census 2021 targets, Open Government Licence v3.0)");
            } catch (IOException | RuntimeException e) {
                LOG.error("Demo data for the citizens' assemblies module could not be loaded", e);
            }
        }, "assemblies-demo");
        t.setDaemon(true);
        t.start();
    }

    static void load(Recruitment recruitment, SortitionService sortition) throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        byte[] addresses = resource("/demo/trafford_addresses_3000.csv.gz");
        Map<String, Integer> census = census();

        recruitment.commission(commission(RECRUITING, "How should Trafford reach net zero by 2038?",
                "Sut dylai Trafford gyrraedd sero net erbyn 2038?", today.minusDays(30), today.plusDays(40), 40));
        recruitment.fixSeed(RECRUITING, "Trafford climate assembly, full council " + today.minusDays(20));
        recruitment.drawLottery(RECRUITING, addresses, 600, "ward", null);
        recruitment.setTargets(RECRUITING, targets(census, 40));
        register(recruitment, RECRUITING, 45, new Random(7));

        recruitment.commission(commission(SELECTED, "How should buses, trams and walking routes in Trafford change by 2030?",
                "Sut dylai bysiau, tramiau a llwybrau cerdded yn Trafford newid erbyn 2030?", today.minusDays(90), today.plusDays(10), 12));
        recruitment.fixSeed(SELECTED, "Trafford transport assembly, executive " + today.minusDays(80));
        recruitment.drawLottery(SELECTED, addresses, 400, "imd_decile", null);
        recruitment.setTargets(SELECTED, targets(census, 12));
        register(recruitment, SELECTED, 70, new Random(11));
        SelectionRunner runner = new SelectionRunner(recruitment.store(), sortition);
        Selections selections = recruitment.store().selections();
        List<String> pool = recruitment.store().registrations().people(SELECTED).stream().map(Person::id).toList();
        selections.queue(SELECTED, false, SelectionAlgorithm.LEXIMIN, "drawn at the executive " + today.minusDays(20), pool,
                List.of(), "demo-officer");
        runner.run(SELECTED, 1);
        List<String> panel = selections.round(SELECTED, 1).orElseThrow().panel();
        if (panel.isEmpty()) {
            return;
        }
        for (String member : panel.subList(1, panel.size())) {
            recruitment.record(SELECTED, member, Selections.Status.CONFIRMED, "demo-caller");
        }
        recruitment.record(SELECTED, panel.get(0), Selections.Status.DECLINED, "demo-caller");
        selections.queue(SELECTED, true, SelectionAlgorithm.LEXIMIN, "replacements " + today.minusDays(12), pool,
                List.of(panel.get(0)), "demo-officer");
        runner.run(SELECTED, 2);
    }

    static Commission commission(String id, String en, String cy, LocalDate announced, LocalDate firstSession, int panel) {
        return new Commission(id, en, cy,
                "Learn from experts and residents, weigh the choices and recommend what the council and its partners should do.",
                "Dysgu gan arbenigwyr a thrigolion, pwyso a mesur y dewisiadau ac argymell beth ddylai'r cyngor a'i bartneriaid ei wneud.",
                "Decisions already taken by Transport for Greater Manchester and national government.",
                "Penderfyniadau a wnaed eisoes gan Transport for Greater Manchester a'r llywodraeth genedlaethol.",
                "Trafford Council Executive (made up for the demo)", "Trafford Council",
                List.of(new OversightMember("Dr Ann Example", "Chair, independent"), new OversightMember("Cllr Bryn Sample", "Council member"),
                        new OversightMember("Chloe Placeholder", "Youth council")),
                List.of(new Milestone(announced, "Assembly announced", "Cyhoeddi'r cynulliad"),
                        new Milestone(announced.plusDays(10), "Letters sent", "Anfon llythyrau")),
                List.of(firstSession, firstSession.plusDays(7), firstSession.plusDays(14)), questions(), announced,
                firstSession.plusDays(120), panel, firstSession.plusDays(365));
    }

    static List<Question> questions() {
        return StandardQuestions.all();
    }

    /** Targets in proportion to Trafford's Census 2021 counts: the nearest whole numbers, one either side. */
    static List<Target> targets(Map<String, Integer> census, int panel) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        census.forEach((k, v) -> totals.merge(k.substring(0, k.indexOf('/')), v, Integer::sum));
        List<Target> targets = new ArrayList<>();
        census.forEach((k, v) -> {
            String category = k.substring(0, k.indexOf('/'));
            double share = panel * (double) v / totals.get(category);
            int min = Math.max(0, (int) Math.floor(share) - (panel >= 20 ? 1 : 0));
            int max = Math.min(panel, (int) Math.ceil(share) + 1);
            targets.add(new Target(category, k.substring(k.indexOf('/') + 1), min, max, 0, panel));
        });
        return targets;
    }

    static Map<String, Integer> census() throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (InputStream in = AssembliesDemo.class.getResourceAsStream("/demo/trafford_census2021.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].strip().split(",");
                counts.put(f[0] + "/" + f[1], Integer.parseInt(f[2]));
            }
        }
        return counts;
    }

    /** Made-up people in the first households drawn; young men and disabled people register less, as in life. */
    static void register(Recruitment recruitment, String id, int households, Random random) {
        List<Household> drawn = recruitment.store().registrations().households(id);
        LocalDate today = recruitment.today();
        for (int i = 0; i < Math.min(households, drawn.size()); i++) {
            int people = random.nextInt(5) == 0 ? 2 : 1;
            List<Registrant> registrants = new ArrayList<>();
            for (int p = 0; p < people; p++) {
                int age = 16 + (int) Math.round(Math.abs(random.nextGaussian()) * 28 + random.nextInt(10));
                boolean male = random.nextInt(100) < (age < 30 ? 35 : 46);
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                registrants.add(new Registrant(given + " " + family, today.minusYears(Math.min(age, 95)).minusDays(random.nextInt(300)),
                        null, (given + "." + family + i).toLowerCase() + "@example.org", "", Map.of("sex", male ? "male" : "female",
                        "disability", random.nextInt(100) < 11 ? "disabled" : "not-disabled"), true, "", true));
            }
            try {
                recruitment.register(id, drawn.get(i).code(), registrants, "web", "", "demo-" + i);
            } catch (Refused r) {
                LOG.debug("Demo registration left out: {}", r.getMessage());
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AssembliesDemo.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the assemblies bundle");
            }
            try (InputStream gz = new GZIPInputStream(in)) {
                return gz.readAllBytes();
            }
        }
    }
}
