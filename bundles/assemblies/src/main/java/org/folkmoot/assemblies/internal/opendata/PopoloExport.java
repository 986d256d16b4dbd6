package org.folkmoot.assemblies.internal.opendata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.files.Attachments;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.evidence.Evidence;
import org.folkmoot.assemblies.internal.evidence.Submissions;
import org.folkmoot.assemblies.internal.implementation.ActionUpdate;
import org.folkmoot.assemblies.internal.implementation.ImplementationAction;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.recommendations.Deliberation;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;
import org.folkmoot.assemblies.internal.recommendations.Vote;
import org.folkmoot.assemblies.internal.recommendations.VoteResult;
import org.folkmoot.assemblies.internal.response.CouncilResponse;
import org.folkmoot.assemblies.internal.sessions.Session;

/**
 * The assembly's open data as JSON shaped after Popolo: {@code organization} (the assembly),
 * {@code events} (its sessions: one per day of the commission, with what was published for it),
 * {@code motions} (its recommendations, with {@code requirement} and {@code result}),
 * {@code vote_events} (with {@code counts}: yes, no, abstain, absent), and, beyond Popolo,
 * {@code evidence} (the speakers heard, their files and members' questions), {@code submissions}
 * (how many residents' and organisations' submissions were received and passed to members, and the
 * organisations whose were passed), {@code responses} and {@code actions}. Welsh text sits beside the
 * English under the same name with {@code _cy}. A vote still open on members' devices has no counts
 * yet. Never a member, a submitter's pseudonym or the account of the officer who recorded anything.
 */
public final class PopoloExport {
    private PopoloExport() {
    }

    public static Map<String, Object> of(Assembly a, Deliberation d, Implementation.Tracked t, PublicRecord heard) {
        String org = "assembly/" + a.id();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("organization", organization(a, d, org));
        out.put("events", sessions(a, org, heard.sessions()));
        out.put("evidence", heard.evidence().stream().map(e -> evidence(a, org, e)).toList());
        out.put("submissions", submissions(heard.submissions()));
        List<Object> motions = new ArrayList<>();
        List<Object> voteEvents = new ArrayList<>();
        for (Recommendation r : t.recommendations()) {
            motions.add(motion(a, org, r));
            r.vote().filter(v -> !v.open()).ifPresent(v -> voteEvents.add(voteEvent(a, org, r, v)));
        }
        out.put("motions", motions);
        out.put("vote_events", voteEvents);
        out.put("responses", t.responses().stream().map(r -> response(a, r)).toList());
        out.put("actions", t.actions().stream().map(x -> action(a, x)).toList());
        return out;
    }

    private static Map<String, Object> organization(Assembly a, Deliberation d, String org) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", org);
        o.put("name", a.question().en());
        o.put("name_cy", a.question().cy());
        o.put("classification", "citizens' assembly");
        o.put("commissioned_by", a.commissionedBy());
        o.put("founding_date", a.announcedOn().toString());
        o.put("dissolution_date", d.closedAt().map(i -> LocalDate.ofInstant(i, ZoneId.of("Europe/London")).toString()).orElse(null));
        o.put("seats", a.panelSize());
        o.put("response_due", a.responseDue().toString());
        o.put("links", List.of(Map.of("url", "/assemblies/" + a.id(), "note", "the assembly's public page")));
        return o;
    }

    private static List<Object> sessions(Assembly a, String org, List<Session> published) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < a.sessions().size(); i++) {
            LocalDate day = a.sessions().get(i);
            Session s = published.stream().filter(x -> x.date().equals(day)).findFirst().orElse(null);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", sessionId(a, day));
            e.put("name", s == null ? "Session " + (i + 1) : s.title().en());
            e.put("name_cy", s == null ? "Sesiwn " + (i + 1) : s.title().cy());
            e.put("classification", "session");
            e.put("start_date", s == null ? day.toString() : day.atTime(s.startsAt()).toString());
            e.put("end_date", s == null ? null : day.atTime(s.endsAt()).toString());
            e.put("organization_id", org);
            e.put("published", s != null);
            e.put("location", s == null || s.place().en().isEmpty() ? null : s.place().en());
            e.put("location_cy", s == null || s.place().cy().isEmpty() ? null : s.place().cy());
            e.put("online_link", s == null || s.onlineLink().isEmpty() ? null : s.onlineLink());
            e.put("agenda", s == null ? List.of() : s.agendaEn());
            e.put("agenda_cy", s == null ? List.of() : s.agendaCy());
            e.put("facilitators", s == null ? List.of() : s.facilitators());
            e.put("recordings", s == null ? List.of() : s.recordings());
            e.put("links", List.of(link("/assemblies/" + a.id() + "/sessions#session-" + day, "the session on the assembly's sessions page")));
            out.add(e);
        }
        return out;
    }

    private static Map<String, Object> evidence(Assembly a, String org, PublicRecord.Heard h) {
        Evidence e = h.evidence();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "assembly/" + a.id() + "/evidence/" + e.number());
        m.put("identifier", String.valueOf(e.number()));
        m.put("organization_id", org);
        m.put("event_id", e.session() == null ? null : sessionId(a, e.session()));
        m.put("speaker", e.speaker());
        m.put("speaker_organization", e.organisation().isEmpty() ? null : e.organisation());
        m.put("declared_interests", e.interests().isEmpty() ? null : e.interests());
        m.put("title", e.title().en());
        m.put("title_cy", e.title().cy());
        m.put("summary", e.summary().en());
        m.put("summary_cy", e.summary().cy());
        m.put("video", e.videoLink().isEmpty() ? null : e.videoLink());
        List<Object> files = new ArrayList<>();
        for (Attachment f : h.files()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("filename", f.filename());
            fm.put("media_type", f.type().mediaType());
            fm.put("size", f.size());
            fm.put("sha256", f.sha256());
            fm.put("url", Attachments.DOWNLOAD_PATH + f.id());
            files.add(fm);
        }
        m.put("files", files);
        List<Object> questions = new ArrayList<>();
        for (Evidence.Asked q : e.questions()) {
            Map<String, Object> qm = new LinkedHashMap<>();
            qm.put("language", q.language());
            qm.put("question", q.question());
            qm.put("answer", q.answer());
            questions.add(qm);
        }
        m.put("questions", questions);
        m.put("links", List.of(link("/assemblies/" + a.id() + "/evidence#evidence-" + e.number(), "the evidence library")));
        return m;
    }

    /** Counts, and the organisations whose submissions were passed: never a resident, never who passed it. */
    private static Map<String, Object> submissions(List<Submissions.Listed> all) {
        List<Submissions.Listed> passed = all.stream().filter(l -> l.passed() != null).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("received", all.size());
        m.put("passed_to_members", passed.size());
        m.put("passed_from_residents", passed.stream().filter(l -> l.submission().organisation().isEmpty()).count());
        m.put("passed_from_organizations", passed.stream().filter(l -> !l.submission().organisation().isEmpty()).count());
        List<Object> organisations = new ArrayList<>();
        for (Submissions.Listed l : passed) {
            if (!l.submission().organisation().isEmpty()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("organization", l.submission().organisation());
                o.put("language", l.submission().language());
                o.put("passed_on", l.passed().on().toString());
                organisations.add(o);
            }
        }
        m.put("organizations_passed", organisations);
        return m;
    }

    private static Map<String, Object> link(String url, String note) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("url", url);
        l.put("note", note);
        return l;
    }

    static String sessionId(Assembly a, LocalDate day) {
        return "assembly/" + a.id() + "/session/" + day;
    }

    private static Map<String, Object> motion(Assembly a, String org, Recommendation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", motionId(a, r.number()));
        m.put("organization_id", org);
        m.put("identifier", String.valueOf(r.number()));
        m.put("classification", "recommendation");
        m.put("title", r.current().title().en());
        m.put("title_cy", r.current().title().cy());
        m.put("text", r.current().text().en());
        m.put("text_cy", r.current().text().cy());
        m.put("versions", r.versions().size());
        Vote v = r.vote().filter(x -> !x.open()).orElse(null);
        m.put("date", v == null ? null : v.heldOn().toString());
        m.put("requirement", v == null ? null : v.rule().describe("en"));
        m.put("requirement_cy", v == null ? null : v.rule().describe("cy"));
        m.put("result", v == null ? null : v.result().passed() ? "pass" : "fail");
        return m;
    }

    private static Map<String, Object> voteEvent(Assembly a, String org, Recommendation r, Vote v) {
        VoteResult result = v.result();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", "assembly/" + a.id() + "/vote/" + r.number());
        e.put("motion_id", motionId(a, r.number()));
        e.put("organization_id", org);
        e.put("identifier", String.valueOf(r.number()));
        e.put("start_date", v.heldOn().toString());
        e.put("method", v.method().name().toLowerCase(Locale.ROOT));
        e.put("result", result.passed() ? "pass" : "fail");
        e.put("counts", List.of(count("yes", v.tally().inFavour()), count("no", v.tally().against()),
                count("abstain", v.tally().abstain()), count("absent", v.notVoted())));
        e.put("threshold_percent", v.rule().percent());
        e.put("abstentions", v.rule().abstentions().name().toLowerCase(Locale.ROOT));
        e.put("votes_counted", result.counted());
        e.put("votes_needed", result.needed());
        e.put("margin", result.margin());
        e.put("support_percent", result.support().toPlainString());
        return e;
    }

    private static Map<String, Object> count(String option, int value) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("option", option);
        c.put("value", value);
        return c;
    }

    private static Map<String, Object> response(Assembly a, CouncilResponse r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("motion_id", motionId(a, r.number()));
        m.put("decision", r.decision().name().toLowerCase(Locale.ROOT));
        m.put("reasons", r.reasons().en());
        m.put("reasons_cy", r.reasons().cy());
        m.put("service", r.service());
        m.put("date", r.respondedOn().toString());
        m.put("due_date", a.responseDue().toString());
        return m;
    }

    private static Map<String, Object> action(Assembly a, ImplementationAction x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", x.id());
        m.put("motion_id", motionId(a, x.number()));
        m.put("title", x.title().en());
        m.put("title_cy", x.title().cy());
        m.put("service", x.service());
        m.put("status", x.status().name().toLowerCase(Locale.ROOT));
        m.put("progress", x.progress());
        List<Object> updates = new ArrayList<>();
        for (ActionUpdate u : x.updates()) {
            Map<String, Object> um = new LinkedHashMap<>();
            um.put("date", u.onDate().toString());
            um.put("status", u.status().name().toLowerCase(Locale.ROOT));
            um.put("progress", u.progress());
            um.put("note", u.note().en());
            um.put("note_cy", u.note().cy());
            updates.add(um);
        }
        m.put("updates", updates);
        return m;
    }

    static String motionId(Assembly a, int number) {
        return "assembly/" + a.id() + "/recommendation/" + number;
    }
}
