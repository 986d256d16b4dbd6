package org.folkmoot.assemblies.internal.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assemblies.internal.RecommendationsDemo;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.evidence.Evidence;
import org.folkmoot.assemblies.internal.evidence.EvidenceCheck;
import org.folkmoot.assemblies.internal.evidence.RecommendationVoice;
import org.folkmoot.assemblies.internal.evidence.ResidentsVoice;
import org.folkmoot.assemblies.internal.evidence.Submissions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode, once the demo's selected assembly ({@code trafford-transport}) is there: its three
 * sessions with venues, agendas and facilitators in English and Welsh, two speakers' evidence, and
 * residents' submissions and comments (one with a phone number, which the pages show redacted), one
 * submission passed to members; then the same for the demo's finished assembly
 * ({@code blaenau-gwent-climate}, {@code RecommendationsDemo}), whose sessions are past (recordings, a
 * member's question answered), with residents' comments on its first recommendation and on the
 * council's response. All made up.
 */
@Component(immediate = true)
public class SessionsDemo {
    static final String ASSEMBLY = "trafford-transport";
    private static final Logger LOG = LoggerFactory.getLogger(SessionsDemo.class);

    @Activate
    public SessionsDemo(BundleContext context, @Reference Proceedings proceedings, @Reference Submissions submissions,
            @Reference ResidentsVoice voice, @Reference RecommendationVoice recommendations) {
        if (!"true".equalsIgnoreCase(context.getProperty("folkmoot.demo"))) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                boolean selected = false;
                for (int i = 0; i < 600; i++) {
                    if (!selected && proceedings.recruitment().store().assemblies().find(ASSEMBLY).isPresent()) {
                        selected = true;
                        if (proceedings.sessions(ASSEMBLY).isEmpty()) {
                            addTo(proceedings, submissions, voice, ASSEMBLY);
                            LOG.info("Demo data: sessions, evidence and residents' submissions of {} (made up)", ASSEMBLY);
                        }
                    }
                    if (finished(recommendations)) {
                        if (proceedings.sessions(RecommendationsDemo.ID).isEmpty()) {
                            addTo(proceedings, submissions, voice, RecommendationsDemo.ID);
                            commentOnRecommendation(recommendations, RecommendationsDemo.ID);
                            LOG.info("Demo data: sessions, evidence and comments of {} (made up)", RecommendationsDemo.ID);
                        }
                        return;
                    }
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("Demo sessions and evidence for the citizens' assemblies module could not be loaded", e);
            }
        }, "assemblies-sessions-demo");
        t.setDaemon(true);
        t.start();
    }

    /** The finished assembly of the demo is there, its first recommendation voted on and answered. */
    private static boolean finished(RecommendationVoice recommendations) {
        try {
            RecommendationVoice.Subject first = recommendations.subject(RecommendationsDemo.ID, 1);
            return first.open() && first.response().isPresent();
        } catch (java.util.NoSuchElementException e) {
            return false;
        }
    }

    /** A resident's comments on the first recommendation and on the council's response to it. */
    static void commentOnRecommendation(RecommendationVoice recommendations, String assemblyId) {
        FolkmootUser resident = new FolkmootUser("demo-resident-2", "A resident", Set.of(), "demo", "");
        recommendations.comment(assemblyId, 1, "recommendation", resident, new ResidentsVoice.Writing(
                "Start with the flats on the Sofrydd estate: they are the coldest in the borough.", "en", ""));
        recommendations.comment(assemblyId, 1, "response", resident, new ResidentsVoice.Writing(
                "Da iawn, ond pryd fydd y gwaith yn dechrau yn Nhredegar?", "cy", ""));
    }

    /** What the demo says about one assembly: where it meets, two speakers, a question and answer, and what residents sent. */
    record Script(String place, String placeCy, String online, String[][] titles, EvidenceCheck.Draft first, EvidenceCheck.Draft second,
            EvidenceCheck.Question asked, ResidentsVoice.Writing fromOrganisation, ResidentsVoice.Writing fromResident, String comment) {
    }

    static final Script TRANSPORT = new Script("Sale Waterside Arts Centre, Waterside Plaza, Sale",
            "Canolfan Gelfyddydau Sale Waterside, Waterside Plaza, Sale", "https://meet.example.org/trafford-assembly",
            new String[][] {{"Learning: how people travel in Trafford today", "Dysgu: sut mae pobl yn teithio yn Trafford heddiw"},
                {"Hearing the choices", "Clywed y dewisiadau"},
                {"Deciding: drafting and voting on recommendations", "Penderfynu: drafftio a phleidleisio ar argymhellion"}},
            new EvidenceCheck.Draft(null, "Dr Ann Example", "University of Salford, transport studies",
                    "Her research is funded in part by Transport for Greater Manchester.", "Who travels how, and why", "Pwy sy'n teithio sut, a pham",
                    "Most journeys in Trafford are under five kilometres and most are made by car; bus use has fallen by a third in ten years.",
                    "Mae'r rhan fwyaf o deithiau yn Trafford o dan bum cilomedr a'r rhan fwyaf mewn car; mae defnydd bysiau wedi gostwng o draean mewn deng mlynedd.",
                    "https://video.example.org/trafford-assembly/evidence-1"),
            new EvidenceCheck.Draft(null, "Kwame Placeholder", "Trafford Walking and Cycling Forum", "", "Safer routes to school",
                    "Llwybrau mwy diogel i'r ysgol",
                    "Three schools piloted closing their streets to traffic at the start and end of the day; walking to school rose at all three.",
                    "Bu tair ysgol yn treialu cau eu strydoedd i draffig ar ddechrau a diwedd y dydd; cynyddodd cerdded i'r ysgol ym mhob un.", ""),
            new EvidenceCheck.Question("en", "Why has bus use fallen faster here than in Stockport?",
                    "Fewer evening services since 2019, and fares that rose faster than wages until the cap in 2023."),
            new ResidentsVoice.Writing("Our members count 400 cyclists a day on the A56 at peak times. Call our secretary on 0161 496 0000 for the full count.",
                    "en", "Sale Cycle Users (made up)"),
            new ResidentsVoice.Writing("Mae'r bws olaf o Bartington yn gadael am 7 yr hwyr; nid oes modd i mi weithio shifft hwyr heb gar.", "cy", ""),
            "Will the session be recorded for those of us who work on Saturdays?");

    static final Script CLIMATE = new Script("The General Offices, Ebbw Vale", "Y Swyddfeydd Cyffredinol, Glynebwy",
            "https://meet.example.org/blaenau-gwent-assembly",
            new String[][] {{"Learning: the climate and nature emergency", "Dysgu: yr argyfwng hinsawdd a natur"},
                {"Homes, heat and energy", "Cartrefi, gwres ac ynni"},
                {"Getting around the valleys", "Teithio o gwmpas y cymoedd"},
                {"Deciding: drafting and voting on recommendations", "Penderfynu: drafftio a phleidleisio ar argymhellion"}},
            new EvidenceCheck.Draft(null, "Dr Eleri Example", "Cardiff University, School of Earth Sciences", "",
                    "What a warmer Wales means for Blaenau Gwent", "Beth mae Cymru gynhesach yn ei olygu i Flaenau Gwent",
                    "Heavier winter rain and more frequent floods in the valleys; homes built before 1919 lose the most heat.",
                    "Glaw trymach yn y gaeaf a llifogydd amlach yn y cymoedd; cartrefi a godwyd cyn 1919 sy'n colli'r mwyaf o wres.",
                    "https://video.example.org/blaenau-gwent-assembly/evidence-1"),
            new EvidenceCheck.Draft(null, "Gareth Sample", "Ebbw Valley Community Energy (made up)",
                    "Director of a community energy company that would sell power to the council.", "Community-owned solar", "Solar ym mherchnogaeth y gymuned",
                    "Twelve roofs in Tredegar now make a third of the electricity their school uses; profits go to a fuel poverty fund.",
                    "Mae deuddeg to yn Nhredegar bellach yn cynhyrchu traean o'r trydan y mae eu hysgol yn ei ddefnyddio; mae'r elw'n mynd i gronfa tlodi tanwydd.", ""),
            new EvidenceCheck.Question("cy", "Faint mae'n ei gostio i inswleiddio tŷ teras?", "Rhwng £8,000 a £15,000, yn ôl cyflwr y waliau."),
            new ResidentsVoice.Writing("Our tenants' panel asks for heat pumps to come with lower tariffs. Ring the panel on 01495 000000.", "en",
                    "Ebbw Vale Tenants' Panel (made up)"),
            new ResidentsVoice.Writing("Mae angen bysiau gyda'r nos i Nantyglo cyn gofyn i bobl adael eu ceir gartref.", "cy", ""),
            "Will the recordings have Welsh subtitles?");

    /** Sessions on the assembly's days, evidence at the first two, submissions and a comment from made-up residents. */
    public static void addTo(Proceedings proceedings, Submissions submissions, ResidentsVoice voice, String assemblyId) {
        Script script = assemblyId.equals(RecommendationsDemo.ID) ? CLIMATE : TRANSPORT;
        Assembly a = proceedings.recruitment().assembly(assemblyId);
        LocalDate today = proceedings.recruitment().today();
        List<LocalDate> days = a.sessions();
        for (int i = 0; i < days.size(); i++) {
            String[] title = script.titles()[Math.min(i, script.titles().length - 1)];
            boolean online = i == 1;
            proceedings.saveSession(assemblyId, new SessionCheck.Draft(days.get(i).toString(), "10:00", "16:00", title[0], title[1],
                    online ? "" : script.place(), online ? "" : script.placeCy(), online ? script.online() : "",
                    List.of("Welcome and ground rules", "Evidence and questions", "Table discussions", "What we heard"),
                    List.of("Croeso a rheolau sylfaenol", "Tystiolaeth a chwestiynau", "Trafodaethau bwrdd", "Yr hyn a glywsom"),
                    List.of("Priya Example (lead facilitator)", "Owen Sample"),
                    days.get(i).isBefore(today) ? List.of("https://video.example.org/" + assemblyId + "/session-" + (i + 1)) : List.of()));
        }
        Evidence first = proceedings.addEvidence(assemblyId, heardOn(script.first(), days, 0));
        proceedings.addEvidence(assemblyId, heardOn(script.second(), days, 1));
        if (!days.isEmpty() && days.get(0).isBefore(today)) {
            proceedings.ask(assemblyId, first.number(), script.asked());
        }
        FolkmootUser resident = new FolkmootUser("demo-resident-1", "A resident", Set.of(), "demo", "");
        FolkmootUser organisation = new FolkmootUser("demo-organisation-1", "An organisation", Set.of(), "demo", "");
        var passed = submissions.submit(assemblyId, organisation, script.fromOrganisation(), null);
        submissions.submit(assemblyId, resident, script.fromResident(), null);
        submissions.markPassed(assemblyId, passed.id(), "demo-officer");
        if (!days.isEmpty()) {
            Session s = proceedings.session(assemblyId, days.get(0));
            voice.comment(SessionContainers.container(s), SessionContainers.page(s), resident,
                    new ResidentsVoice.Writing(script.comment(), "en", ""));
        }
    }

    /** The evidence as heard at the assembly's session {@code n} (none when it has fewer). */
    private static EvidenceCheck.Draft heardOn(EvidenceCheck.Draft d, List<LocalDate> days, int n) {
        return new EvidenceCheck.Draft(days.size() > n ? days.get(n).toString() : null, d.speaker(), d.organisation(), d.interests(),
                d.titleEn(), d.titleCy(), d.summaryEn(), d.summaryCy(), d.videoLink());
    }
}
