package org.folkmoot.assemblies.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.api.sortition.SortitionService;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.assemblies.internal.commission.Commission;
import org.folkmoot.assemblies.internal.commission.Milestone;
import org.folkmoot.assemblies.internal.commission.OversightMember;
import org.folkmoot.assemblies.internal.registration.DrawnCsv;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.rounds.StandingAssembly;
import org.folkmoot.assemblies.internal.selection.SelectionRunner;
import org.folkmoot.assemblies.internal.store.Selections;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo's standing assembly, after the London Borough of Newham's in the UK register
 * ({@code demo/register/}, CC BY 4.0 mySociety): its first round, {@value #FIRST}, on climate
 * change (2020, 36 members), selected and called; its second, {@value #SECOND}, on greening the
 * borough (2021, 50 members), opened with 12 members carried over by lot from a public seed and its
 * other places drawn by the platform's job scheduler ({@code assemblies.round-draw}), as an officer's
 * draw is. Questions and sizes come from the register; the households, people, targets and seeds are
 * made up. {@link AssembliesDemo} calls {@link #load()} after its own assemblies.
 */
@Component(service = RoundsDemo.class)
public class RoundsDemo {
    public static final String FIRST = "newham-climate";
    public static final String SECOND = "newham-green-spaces";
    static final int CARRIED = 12;
    /** Made-up shares of Newham's residents aged 16 or over for the demo's targets (not census figures). */
    private static final Map<String, Double> SHARES = shares();

    private final Recruitment recruitment;
    private final SortitionService sortition;
    private final StandingAssembly standing;

    @Activate
    public RoundsDemo(@Reference Recruitment recruitment, @Reference SortitionService sortition, @Reference StandingAssembly standing) {
        this.recruitment = recruitment;
        this.sortition = sortition;
        this.standing = standing;
    }

    private static Map<String, Double> shares() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("sex/female", 0.5);
        m.put("sex/male", 0.5);
        m.put("age/16-29", 0.27);
        m.put("age/30-44", 0.33);
        m.put("age/45-64", 0.28);
        m.put("age/65+", 0.12);
        m.put("disability/disabled", 0.14);
        m.put("disability/not-disabled", 0.86);
        return m;
    }

    /** Loads the standing assembly's two rounds; does nothing if its first round is there already. */
    public void load() throws IOException {
        if (recruitment.store().assemblies().find(FIRST).isPresent()) {
            return;
        }
        LocalDate today = recruitment.today();
        Map<String, String> climate = RecommendationsDemo.register("/demo/register/la-nwm-2020-climate-assembly.yaml");
        Map<String, String> green = RecommendationsDemo.register("/demo/register/la-nwm-2021-greening-the-borough.yaml");
        int firstSize = Integer.parseInt(climate.get("number_participants"));
        int secondSize = Integer.parseInt(green.get("number_participants"));
        String council = climate.get("org_name");

        LocalDate firstSession = today.minusDays(300);
        recruitment.commission(commission(FIRST,
                "How can the council and residents work together to reach the aspiration of being carbon zero by 2050 at the latest?",
                "Sut gall y cyngor a thrigolion gydweithio i gyrraedd y nod o fod yn ddi-garbon erbyn 2050 fan bellaf?",
                council, today.minusDays(360), firstSession, firstSize));
        String lotterySeed = "Newham standing assembly, first round, full council " + today.minusDays(350);
        recruitment.fixSeed(FIRST, lotterySeed);
        recruitment.importDrawn(FIRST, drawn(lotterySeed, "E13", 300), 120_000);
        recruitment.setTargets(FIRST, targets(firstSize));
        AssembliesDemo.register(recruitment, FIRST, 130, new Random(21));
        Selections selections = recruitment.store().selections();
        List<String> pool = recruitment.store().registrations().people(FIRST).stream().map(Person::id).toList();
        selections.queue(FIRST, false, SelectionAlgorithm.LEXIMIN, "drawn at full council " + today.minusDays(330), pool, List.of(),
                "demo-officer");
        new SelectionRunner(recruitment.store(), sortition).run(FIRST, 1);
        List<String> panel = selections.round(FIRST, 1).orElseThrow().panel();
        if (panel.isEmpty()) {
            return;
        }
        for (String member : panel.subList(2, panel.size())) {
            recruitment.record(FIRST, member, Selections.Status.CONFIRMED, "demo-caller");
        }
        recruitment.record(FIRST, panel.get(0), Selections.Status.WITHDRAWN, "demo-officer");

        LocalDate secondSession = today.plusDays(21);
        recruitment.commission(commission(SECOND, "How can we make Newham’s green spaces better and more accessible?",
                "Sut gallwn ni wneud mannau gwyrdd Newham yn well ac yn haws i bawb eu cyrraedd?",
                green.get("org_name"), today.minusDays(45), secondSession, secondSize));
        String secondSeed = "Newham standing assembly, second round, full council " + today.minusDays(40);
        recruitment.fixSeed(SECOND, secondSeed);
        recruitment.importDrawn(SECOND, drawn(secondSeed, "E15", 300), 120_000);
        AssembliesDemo.register(recruitment, SECOND, 120, new Random(22));
        standing.openByLot(FIRST, SECOND, CARRIED, "Newham carry-over, cabinet " + today.minusDays(20));
        standing.requestDraw(FIRST, 2, SelectionAlgorithm.LEXIMIN, "Newham second round, cabinet " + today.minusDays(20), "demo-officer");
    }

    private static Commission commission(String id, String en, String cy, String council, LocalDate announced, LocalDate firstSession,
            int panel) {
        return new Commission(id, en, cy,
                "Hear from experts and residents, weigh the choices and recommend what the council and its partners should do.",
                "Clywed gan arbenigwyr a thrigolion, pwyso a mesur y dewisiadau ac argymell beth ddylai’r cyngor a’i bartneriaid ei wneud.",
                "", "", council + " (the demo’s members, households and targets are made up)", council,
                List.of(new OversightMember("Dr Example Advisor", "Chair, independent")),
                List.of(new Milestone(announced, "Round announced (demo)", "Cyhoeddi’r rownd (demo)")),
                List.of(firstSession, firstSession.plusDays(7), firstSession.plusDays(14)), AssembliesDemo.questions(), announced,
                firstSession.plusDays(120), panel, firstSession.plusDays(730));
    }

    /** Targets around the made-up shares: the nearest whole numbers, two either side. */
    static List<Target> targets(int panel) {
        List<Target> out = new ArrayList<>();
        SHARES.forEach((k, share) -> {
            double places = panel * share;
            out.add(new Target(k.substring(0, k.indexOf('/')), k.substring(k.indexOf('/') + 1), Math.max(0, (int) Math.floor(places) - 2),
                    Math.min(panel, (int) Math.ceil(places) + 2), 0, panel));
        });
        return out;
    }

    /** A drawn.csv as {@code bin/folkmoot lottery} writes it, of made-up households (made-up UPRNs and streets). */
    private static byte[] drawn(String seed, String district, int households) {
        StringBuilder csv = new StringBuilder("UPRN,address,stratum,key,registration code\n");
        for (int i = 1; i <= households; i++) {
            String uprn = Long.toString(("E13".equals(district) ? 46_000_000_000L : 46_100_000_000L) + i * 13L);
            csv.append(uprn).append(",\"").append(i).append(" Example Street, London ").append(district).append("\",")
                    .append(i % 4 == 0 ? "most deprived" : "rest").append(',').append(DrawnCsv.key(seed, uprn))
                    .append(",NWM").append(district).append(String.format("%04d", i)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
