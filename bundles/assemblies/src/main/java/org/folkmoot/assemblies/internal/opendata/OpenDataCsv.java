package org.folkmoot.assemblies.internal.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.folkmoot.api.files.Attachments;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.evidence.Evidence;
import org.folkmoot.assemblies.internal.evidence.Submissions;
import org.folkmoot.assemblies.internal.implementation.ActionUpdate;
import org.folkmoot.assemblies.internal.implementation.ImplementationAction;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;
import org.folkmoot.assemblies.internal.recommendations.Vote;
import org.folkmoot.assemblies.internal.response.CouncilResponse;
import org.folkmoot.assemblies.internal.sessions.Session;

/**
 * The assembly's open data as CSV files (RFC 4180, UTF-8 with a byte-order mark so Excel shows
 * Welsh letters right): one row per recommendation with its vote and the council's response, one
 * row per action, one per session day, one per piece of evidence, and one per submission passed to
 * members. Empty cells where there is nothing yet. Lists inside a cell (agenda items, facilitators,
 * links) are separated by {@value #LIST}.
 */
public final class OpenDataCsv {
    public static final List<String> RECOMMENDATIONS = List.of("number", "title_en", "title_cy", "text_en", "text_cy", "versions",
            "vote_date", "vote_method", "in_favour", "against", "abstain", "absent", "membership", "threshold_percent", "abstentions",
            "votes_counted", "votes_needed", "support_percent", "result", "margin", "decision", "reasons_en", "reasons_cy", "service",
            "responded_on", "response_due", "progress", "actions", "actions_done");
    public static final List<String> ACTIONS = List.of("recommendation", "action", "title_en", "title_cy", "service", "status",
            "progress", "updated_on", "update_en", "update_cy");
    public static final List<String> SESSIONS = List.of("session", "date", "published", "starts_at", "ends_at", "title_en", "title_cy",
            "venue_en", "venue_cy", "online_link", "agenda_en", "agenda_cy", "facilitators", "recordings", "evidence");
    public static final List<String> EVIDENCE = List.of("evidence", "session_date", "speaker", "organisation", "declared_interests",
            "title_en", "title_cy", "summary_en", "summary_cy", "video_link", "files", "questions", "questions_and_answers");
    public static final List<String> SUBMISSIONS = List.of("from", "organisation", "language", "passed_on");
    /** Separates the items of a list in one cell. */
    public static final String LIST = " | ";

    private OpenDataCsv() {
    }

    public static String recommendations(Assembly a, Implementation.Tracked t) {
        List<List<Object>> rows = new ArrayList<>();
        for (Recommendation r : t.recommendations()) {
            List<Object> row = new ArrayList<>(List.of(r.number(), r.current().title().en(), r.current().title().cy(),
                    r.current().text().en(), r.current().text().cy(), r.versions().size()));
            Optional<Vote> closed = r.vote().filter(v -> !v.open());
            if (closed.isPresent()) {
                Vote v = closed.get();
                var result = v.result();
                row.addAll(List.of(v.heldOn(), lower(v.method()), v.tally().inFavour(), v.tally().against(), v.tally().abstain(),
                        v.notVoted(), v.membership(), v.rule().percent(), lower(v.rule().abstentions()), result.counted(),
                        result.needed(), result.support().toPlainString(), result.passed() ? "pass" : "fail", result.margin()));
            } else {
                row.addAll(blanks(14));
            }
            Optional<CouncilResponse> response = t.response(r.number());
            if (response.isPresent()) {
                CouncilResponse x = response.get();
                row.addAll(List.of(lower(x.decision()), x.reasons().en(), x.reasons().cy(), x.service(), x.respondedOn()));
            } else {
                row.addAll(blanks(5));
            }
            row.add(r.passed() ? a.responseDue() : "");
            List<ImplementationAction> actions = t.actions(r.number());
            boolean tracked = response.map(x -> x.decision().accepted()).orElse(false);
            row.add(tracked ? lower(t.progress(r.number())) : "");
            row.add(tracked ? actions.size() : "");
            row.add(tracked ? actions.stream().filter(x -> x.status().name().equals("DONE")).count() : "");
            rows.add(row);
        }
        return write(RECOMMENDATIONS, rows);
    }

    public static String actions(Implementation.Tracked t) {
        List<List<Object>> rows = new ArrayList<>();
        for (ImplementationAction x : t.actions()) {
            ActionUpdate last = x.updates().isEmpty() ? null : x.updates().get(x.updates().size() - 1);
            rows.add(List.of(x.number(), x.id(), x.title().en(), x.title().cy(), x.service(), lower(x.status()), x.progress(),
                    last == null ? "" : last.onDate(), last == null ? "" : last.note().en(), last == null ? "" : last.note().cy()));
        }
        return write(ACTIONS, rows);
    }

    /** One row per day of the commission's sessions, with what was published for it. */
    public static String sessions(Assembly a, PublicRecord heard) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < a.sessions().size(); i++) {
            LocalDate day = a.sessions().get(i);
            Optional<Session> published = heard.sessions().stream().filter(x -> x.date().equals(day)).findFirst();
            long evidence = heard.evidence().stream().filter(h -> day.equals(h.evidence().session())).count();
            List<Object> row = new ArrayList<>(List.of(i + 1, day, published.isPresent() ? "yes" : "no"));
            if (published.isPresent()) {
                Session s = published.get();
                row.addAll(List.of(s.startsAt(), s.endsAt(), s.title().en(), s.title().cy(), s.place().en(), s.place().cy(),
                        s.onlineLink(), String.join(LIST, s.agendaEn()), String.join(LIST, s.agendaCy()),
                        String.join(LIST, s.facilitators()), String.join(LIST, s.recordings())));
            } else {
                row.addAll(blanks(11));
            }
            row.add(evidence);
            rows.add(row);
        }
        return write(SESSIONS, rows);
    }

    /** One row per piece of evidence; the questions and answers as "Q: ... A: ...", separated by {@value #LIST}. */
    public static String evidence(PublicRecord heard) {
        List<List<Object>> rows = new ArrayList<>();
        for (PublicRecord.Heard h : heard.evidence()) {
            Evidence e = h.evidence();
            rows.add(List.of(e.number(), e.session() == null ? "" : e.session(), e.speaker(), e.organisation(), e.interests(),
                    e.title().en(), e.title().cy(), e.summary().en(), e.summary().cy(), e.videoLink(),
                    String.join(LIST, h.files().stream().map(f -> Attachments.DOWNLOAD_PATH + f.id()).toList()), e.questions().size(),
                    String.join(LIST, e.questions().stream().map(q -> "Q: " + q.question() + " A: " + q.answer()).toList())));
        }
        return write(EVIDENCE, rows);
    }

    /**
     * One row per submission passed to members, oldest mark first: from a resident or an
     * organisation, the organisation's name, the language and the day. No text, no resident, no
     * officer.
     */
    public static String submissions(PublicRecord heard) {
        List<List<Object>> rows = new ArrayList<>();
        heard.submissions().stream().filter(l -> l.passed() != null)
                .sorted(Comparator.comparing((Submissions.Listed l) -> l.passed().on()))
                .forEach(l -> rows.add(List.of(l.submission().organisation().isEmpty() ? "resident" : "organisation",
                        l.submission().organisation(), l.submission().language(), l.passed().on())));
        return write(SUBMISSIONS, rows);
    }

    private static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static List<Object> blanks(int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, ""));
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
