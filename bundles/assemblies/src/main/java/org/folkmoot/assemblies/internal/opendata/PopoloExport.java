package org.folkmoot.assemblies.internal.opendata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.implementation.ActionUpdate;
import org.folkmoot.assemblies.internal.implementation.ImplementationAction;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.recommendations.Deliberation;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;
import org.folkmoot.assemblies.internal.recommendations.Vote;
import org.folkmoot.assemblies.internal.recommendations.VoteResult;
import org.folkmoot.assemblies.internal.response.CouncilResponse;

/**
 * The assembly's open data as JSON shaped after Popolo: {@code organization} (the assembly),
 * {@code events} (its sessions), {@code motions} (its recommendations, with {@code requirement}
 * and {@code result}), {@code vote_events} (with {@code counts}: yes, no, abstain, absent), and,
 * beyond Popolo, {@code responses} and {@code actions}. Welsh text sits beside the English under
 * the same name with {@code _cy}. A vote still open on members' devices has no counts yet.
 */
public final class PopoloExport {
    private PopoloExport() {
    }

    public static Map<String, Object> of(Assembly a, Deliberation d, Implementation.Tracked t) {
        String org = "assembly/" + a.id();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("organization", organization(a, d, org));
        out.put("events", sessions(a, org));
        // Evidence (speakers, documents, questions) belongs to the sessions-and-evidence part of this module,
        // written alongside; its list joins this export under "evidence" when it is merged.
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

    private static List<Object> sessions(Assembly a, String org) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < a.sessions().size(); i++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", "assembly/" + a.id() + "/session/" + (i + 1));
            e.put("name", "Session " + (i + 1));
            e.put("name_cy", "Sesiwn " + (i + 1));
            e.put("start_date", a.sessions().get(i).toString());
            e.put("organization_id", org);
            out.add(e);
        }
        return out;
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
