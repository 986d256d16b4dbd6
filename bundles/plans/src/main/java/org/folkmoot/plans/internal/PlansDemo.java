package org.folkmoot.plans.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.plans.internal.comments.Comments;
import org.folkmoot.plans.internal.comments.Comments.NewComment;
import org.folkmoot.plans.internal.comments.Comments.PublishedComment;
import org.folkmoot.plans.internal.plan.ActionDetails;
import org.folkmoot.plans.internal.plan.ActionStatus;
import org.folkmoot.plans.internal.plan.Area;
import org.folkmoot.plans.internal.plan.Bilingual;
import org.folkmoot.plans.internal.plan.Indicator;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.plan.SectionKind;
import org.folkmoot.plans.internal.rules.PlanRules;
import org.folkmoot.plans.internal.rules.PlanType;
import org.folkmoot.plans.internal.store.PlanStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode ({@code folkmoot.demo=true}) an empty module gets two made-up plans, dated from
 * today: an English neighbourhood plan out to its regulation 14 consultation with residents' and an
 * organisation's comments, one of them answered; and a Welsh local well-being plan, Welsh first and
 * bilingual throughout, adopted last year, with progress on its actions and its first progress report
 * coming due. Plans already there are left alone.
 */
@Component(immediate = true)
public class PlansDemo {
    public static final String CONSULTING = "ashby-neighbourhood-plan";
    public static final String ADOPTED = "cwm-taf-lles";
    private static final Logger LOG = LoggerFactory.getLogger(PlansDemo.class);
    private static final String OFFICER = "demo-officer";

    @Activate
    public PlansDemo(BundleContext context, @Reference PlanStore store, @Reference Comments comments) {
        if (!"true".equalsIgnoreCase(context.getProperty("folkmoot.demo")) || store.plans().count() > 0) {
            return;
        }
        try {
            load(store, comments);
            LOG.info("Demo data: two made-up community plans, one out to consultation and one adopted last year");
        } catch (RuntimeException e) {
            LOG.error("Demo data for the plans module could not be loaded", e);
        }
    }

    public static void load(PlanStore store, Comments comments) {
        LocalDate today = store.today();
        neighbourhoodPlan(store, comments, today);
        wellBeingPlan(store, today);
    }

    private static void neighbourhoodPlan(PlanStore store, Comments comments, LocalDate today) {
        LocalDate started = today.minusMonths(8);
        PlanRules rules = store.rules().inForce(PlanType.NEIGHBOURHOOD_PLAN, started).orElseThrow();
        store.plans().create(Plan.start(CONSULTING, rules, Bilingual.of("Ashby Neighbourhood Plan", "Cynllun Cymdogaeth Ashby"), false,
                new Area(Area.Kind.GSS, List.of("E04005406"), "Ashby parish"), "Ashby Parish Council", started));
        store.plans().change(CONSULTING, p -> {
            p.saveDraft(neighbourhoodSections(), OFFICER, store.clock());
            p.publish(1, OFFICER, store.clock());
            p.openConsultation(1, "pre-submission", today.minusDays(10), today.minusDays(10).plusWeeks(6),
                    "Leaflet to every household, posters in the library and the village hall, the parish website", rules, OFFICER);
            p.addConsultee(1, "Natural England", true, "E-mail");
            p.addConsultee(1, "Historic England", true, "E-mail");
            p.addConsultee(1, "North West Leicestershire District Council", true, "Letter and a copy of the proposals");
            p.markNotified(1, 1, today.minusDays(10), null, today);
            p.markNotified(1, 3, today.minusDays(9), null, today);
            return null;
        });
        List<PublishedComment> made = List.of(
                comments.make(store.plans().get(CONSULTING), resident("demo-resident-1"), new NewComment(
                        "The playing field off Moira Road is the only open space the children have. Please name it as Local Green Space.",
                        "green-spaces", 1, "en", null), today),
                comments.make(store.plans().get(CONSULTING), resident("demo-resident-2"), new NewComment(
                        "Housing for young families should come first: my two grown-up children could not find anywhere to rent here.",
                        "homes", null, "en", null), today),
                comments.make(store.plans().get(CONSULTING), resident("demo-resident-3"), new NewComment(
                        "The society supports the vision, and asks that the conservation area appraisal be listed as evidence.",
                        null, null, "en", "Ashby Civic Society"), today));
        store.plans().change(CONSULTING, p -> p.answer(1, made.get(2).id(),
                "Thank you: the appraisal is added to the evidence base list, and will be in the submission version.", null, null,
                OFFICER, today));
    }

    private static void wellBeingPlan(PlanStore store, LocalDate today) {
        LocalDate adopted = today.minusYears(1).minusDays(20);
        LocalDate started = adopted.minusMonths(6);
        PlanRules rules = store.rules().inForce(PlanType.WELL_BEING_PLAN, started).orElseThrow();
        store.plans().create(Plan.start(ADOPTED, rules, Bilingual.of("Cwm Taf Morgannwg Well-being Plan", "Cynllun Llesiant Cwm Taf Morgannwg"),
                true, new Area(Area.Kind.GSS, List.of("W06000016", "W06000024"), "Rhondda Cynon Taf, Merthyr Tudful"),
                "Bwrdd Gwasanaethau Cyhoeddus Cwm Taf Morgannwg", started));
        store.plans().change(ADOPTED, p -> {
            p.saveDraft(wellBeingSections(), OFFICER, store.clock());
            p.publish(1, OFFICER, store.clock());
            p.openConsultation(1, "consultation", started.plusDays(7), started.plusDays(7).plusWeeks(12),
                    "Gwefan y bwrdd, digwyddiadau galw heibio, llythyrau at bob partner / The board's website, drop-in events, letters to every partner",
                    rules, OFFICER);
            p.addConsultee(1, "Comisiynydd Cenedlaethau'r Dyfodol Cymru / Future Generations Commissioner for Wales", true, "Llythyr / Letter");
            p.markNotified(1, 1, started.plusDays(7), null, today);
            p.adopt(1, adopted, "Cyfarfod y Bwrdd, eitem 6: pob aelod yn cymeradwyo'r cynllun / Board meeting, item 6: every member approved the plan",
                    OFFICER, today);
            p.recordProgress("active-travel", ActionStatus.ON_TRACK, "Dau lwybr newydd ar agor / Two new routes open",
                    Map.of("km", new BigDecimal("14")), adopted.plusMonths(6), OFFICER, today);
            p.recordProgress("warm-homes", ActionStatus.DELAYED, "Oedi yn y cyllid / Funding delayed",
                    Map.of("homes", new BigDecimal("120")), adopted.plusMonths(9), OFFICER, today);
            return null;
        });
    }

    private static FolkmootUser resident(String id) {
        return new FolkmootUser(id, id, Set.of("resident"), "demo", null);
    }

    private static Section section(String key, SectionKind kind, String headingEn, String headingCy, String en, String cy,
                                   ActionDetails action) {
        return new Section(key, kind, Bilingual.of(headingEn, headingCy), Bilingual.of(en, cy), action);
    }

    static List<Section> neighbourhoodSections() {
        return List.of(
                section("vision", SectionKind.VISION, "Our vision", "Ein gweledigaeth",
                        "In 2040 Ashby is a village where young families can find a home, children can walk to school and the fields that frame the village are kept.\n\nNew building is small, close to the centre and in keeping with the conservation area.",
                        "Yn 2040 mae Ashby yn bentref lle gall teuluoedd ifanc ddod o hyd i gartref, lle gall plant gerdded i'r ysgol a lle cedwir y caeau o amgylch y pentref.\n\nMae adeiladau newydd yn fach, yn agos at y canol ac yn gweddu i'r ardal gadwraeth.", null),
                section("homes", SectionKind.PRIORITY, "Homes for local people", "Cartrefi i bobl leol",
                        "Support up to 60 new homes by 2040, at least a third of them affordable, on the sites shown on the policies map.",
                        "Cefnogi hyd at 60 o gartrefi newydd erbyn 2040, o leiaf traean ohonynt yn fforddiadwy, ar y safleoedd a ddangosir ar fap y polisïau.", null),
                section("green-spaces", SectionKind.ACTION, "Protect green spaces", "Gwarchod mannau gwyrdd",
                        "Designate the Moira Road playing field and the Holywell meadow as Local Green Space.\n\nWork with the landowners on public access.",
                        "Dynodi cae chwarae Ffordd Moira a dôl Holywell yn Fannau Gwyrdd Lleol.\n\nGweithio gyda'r tirfeddianwyr ar fynediad cyhoeddus.",
                        new ActionDetails("Ashby Parish Council", List.of("Friends of Holywell Meadow"), null, null,
                                List.of(new Indicator("hectares", Bilingual.of("Green space protected", "Mannau gwyrdd a warchodir"), "ha",
                                        new BigDecimal("0"), new BigDecimal("6.5"))),
                                Area.locality("Moira Road and Holywell"))));
    }

    static List<Section> wellBeingSections() {
        return List.of(
                section("vision", SectionKind.VISION, "Our vision", "Ein gweledigaeth",
                        "Communities in Cwm Taf Morgannwg that are healthy, connected and ready for the future.",
                        "Cymunedau yng Nghwm Taf Morgannwg sy'n iach, yn gysylltiedig ac yn barod ar gyfer y dyfodol.", null),
                section("objective-1", SectionKind.OUTCOME, "Connected communities", "Cymunedau cysylltiedig",
                        "People can travel to work, school and services without a car.",
                        "Gall pobl deithio i'r gwaith, i'r ysgol ac at wasanaethau heb gar.", null),
                section("active-travel", SectionKind.ACTION, "Walking and cycling routes", "Llwybrau cerdded a beicio",
                        "Open safe walking and cycling routes between the valley towns.",
                        "Agor llwybrau cerdded a beicio diogel rhwng trefi'r cymoedd.",
                        new ActionDetails("Rhondda Cynon Taf County Borough Council", List.of("Trafnidiaeth Cymru / Transport for Wales"),
                                null, null, List.of(new Indicator("km", Bilingual.of("Routes open", "Llwybrau ar agor"), "km",
                                new BigDecimal("6"), new BigDecimal("30"))),
                                new Area(Area.Kind.LSOA, List.of("W01001024", "W01001025"), "Aberdâr"))),
                section("warm-homes", SectionKind.ACTION, "Warm homes", "Cartrefi cynnes",
                        "Insulate the homes of families in fuel poverty.", "Inswleiddio cartrefi teuluoedd mewn tlodi tanwydd.",
                        new ActionDetails("Merthyr Valleys Homes", List.of("Nyth / Nest"), null, null,
                                List.of(new Indicator("homes", Bilingual.of("Homes insulated", "Cartrefi wedi'u hinswleiddio"), "",
                                        new BigDecimal("0"), new BigDecimal("800"))), Area.locality("Merthyr Tudful"))));
    }
}
