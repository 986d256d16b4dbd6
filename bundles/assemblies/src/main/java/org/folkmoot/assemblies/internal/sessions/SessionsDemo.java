package org.folkmoot.assemblies.internal.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.evidence.Evidence;
import org.folkmoot.assemblies.internal.evidence.EvidenceCheck;
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
 * submission passed to members. {@link #addTo} does the same for any assembly, so the finished
 * assembly of the demo can have its sessions and evidence too. All made up.
 */
@Component(immediate = true)
public class SessionsDemo {
    static final String ASSEMBLY = "trafford-transport";
    private static final Logger LOG = LoggerFactory.getLogger(SessionsDemo.class);

    @Activate
    public SessionsDemo(BundleContext context, @Reference Proceedings proceedings, @Reference Submissions submissions,
            @Reference ResidentsVoice voice) {
        if (!"true".equalsIgnoreCase(context.getProperty("folkmoot.demo"))) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                for (int i = 0; i < 600; i++) {
                    if (proceedings.recruitment().store().assemblies().find(ASSEMBLY).isPresent()) {
                        if (proceedings.sessions(ASSEMBLY).isEmpty()) {
                            addTo(proceedings, submissions, voice, ASSEMBLY);
                            LOG.info("Demo data: sessions, evidence and residents' submissions of {} (made up)", ASSEMBLY);
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

    /** Sessions on the assembly's days, evidence at the first two, submissions and comments from made-up residents. */
    public static void addTo(Proceedings proceedings, Submissions submissions, ResidentsVoice voice, String assemblyId) {
        Assembly a = proceedings.recruitment().assembly(assemblyId);
        LocalDate today = proceedings.recruitment().today();
        List<LocalDate> days = a.sessions();
        String[][] titles = {
            {"Learning: how people travel in Trafford today", "Dysgu: sut mae pobl yn teithio yn Trafford heddiw"},
            {"Hearing the choices", "Clywed y dewisiadau"},
            {"Deciding: drafting and voting on recommendations", "Penderfynu: drafftio a phleidleisio ar argymhellion"}};
        for (int i = 0; i < days.size(); i++) {
            String[] title = titles[Math.min(i, titles.length - 1)];
            boolean online = i == 1;
            proceedings.saveSession(assemblyId, new SessionCheck.Draft(days.get(i).toString(), "10:00", "16:00", title[0], title[1],
                    online ? "" : "Sale Waterside Arts Centre, Waterside Plaza, Sale", online ? "" : "Canolfan Gelfyddydau Sale Waterside, Waterside Plaza, Sale",
                    online ? "https://meet.example.org/trafford-assembly" : "",
                    List.of("Welcome and ground rules", "Evidence and questions", "Table discussions", "What we heard"),
                    List.of("Croeso a rheolau sylfaenol", "Tystiolaeth a chwestiynau", "Trafodaethau bwrdd", "Yr hyn a glywsom"),
                    List.of("Priya Example (lead facilitator)", "Owen Sample"),
                    days.get(i).isBefore(today) ? List.of("https://video.example.org/trafford-assembly/session-" + (i + 1)) : List.of()));
        }
        Evidence bus = proceedings.addEvidence(assemblyId, new EvidenceCheck.Draft(days.isEmpty() ? null : days.get(0).toString(),
                "Dr Ann Example", "University of Salford, transport studies", "Her research is funded in part by Transport for Greater Manchester.",
                "Who travels how, and why", "Pwy sy'n teithio sut, a pham",
                "Most journeys in Trafford are under five kilometres and most are made by car; bus use has fallen by a third in ten years.",
                "Mae'r rhan fwyaf o deithiau yn Trafford o dan bum cilomedr a'r rhan fwyaf mewn car; mae defnydd bysiau wedi gostwng o draean mewn deng mlynedd.",
                "https://video.example.org/trafford-assembly/evidence-1"));
        proceedings.addEvidence(assemblyId, new EvidenceCheck.Draft(days.size() < 2 ? null : days.get(1).toString(),
                "Kwame Placeholder", "Trafford Walking and Cycling Forum", "",
                "Safer routes to school", "Llwybrau mwy diogel i'r ysgol",
                "Three schools piloted closing their streets to traffic at the start and end of the day; walking to school rose at all three.",
                "Bu tair ysgol yn treialu cau eu strydoedd i draffig ar ddechrau a diwedd y dydd; cynyddodd cerdded i'r ysgol ym mhob un.", ""));
        if (!days.isEmpty() && days.get(0).isBefore(today)) {
            proceedings.ask(assemblyId, bus.number(), new EvidenceCheck.Question("en", "Why has bus use fallen faster here than in Stockport?",
                    "Fewer evening services since 2019, and fares that rose faster than wages until the cap in 2023."));
        }
        FolkmootUser resident = new FolkmootUser("demo-resident-1", "A resident", Set.of(), "demo", "");
        FolkmootUser forum = new FolkmootUser("demo-organisation-1", "A forum", Set.of(), "demo", "");
        var passed = submissions.submit(assemblyId, forum, new ResidentsVoice.Writing(
                "Our members count 400 cyclists a day on the A56 at peak times. Call our secretary on 0161 496 0000 for the full count.",
                "en", "Sale Cycle Users (made up)"), null);
        submissions.submit(assemblyId, resident, new ResidentsVoice.Writing(
                "Mae'r bws olaf o Bartington yn gadael am 7 yr hwyr; nid oes modd i mi weithio shifft hwyr heb gar.", "cy", ""), null);
        submissions.markPassed(assemblyId, passed.id(), "demo-officer");
        if (!days.isEmpty()) {
            Session first = proceedings.session(assemblyId, days.get(0));
            voice.comment(SessionContainers.container(first), SessionContainers.page(first), resident,
                    new ResidentsVoice.Writing("Will the session be recorded for those of us who work on Saturdays?", "en", ""));
        }
    }
}
