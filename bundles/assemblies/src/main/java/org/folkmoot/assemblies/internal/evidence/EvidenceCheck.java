package org.folkmoot.assemblies.internal.evidence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.Wording;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.sessions.SessionCheck;

/** Checks evidence and members' questions as officers send them, every field at once, before anything is written. */
public final class EvidenceCheck {
    static final int MAX_NAME = 300;
    static final int MAX_INTERESTS = 4000;
    static final int MAX_SUMMARY = 20_000;

    private EvidenceCheck() {
    }

    /** What an officer sends for a speaker's evidence; the session's day as text. */
    public record Draft(String session, String speaker, String organisation, String interests, String titleEn, String titleCy,
            String summaryEn, String summaryCy, String videoLink) {
    }

    /** What an officer sends for a question a member asked. */
    public record Question(String language, String question, String answer) {
    }

    public static Evidence check(Assembly a, Draft d) {
        Map<String, Wording> errors = new LinkedHashMap<>();
        LocalDate session = null;
        if (d.session() != null && !d.session().isBlank()) {
            session = SessionCheck.date(d.session(), "session", errors);
            if (session != null && !a.sessions().contains(session)) {
                errors.put("session", Wording.of("assemblies.evidence.error.session", session));
            }
        }
        text(d.speaker(), "speaker", MAX_NAME, true, errors);
        text(d.organisation(), "organisation", MAX_NAME, false, errors);
        text(d.interests(), "interests", MAX_INTERESTS, false, errors);
        text(d.titleEn(), "titleEn", MAX_NAME, true, errors);
        text(d.titleCy(), "titleCy", MAX_NAME, true, errors);
        text(d.summaryEn(), "summaryEn", MAX_SUMMARY, true, errors);
        text(d.summaryCy(), "summaryCy", MAX_SUMMARY, true, errors);
        String video = strip(d.videoLink());
        if (!video.isEmpty() && !SessionCheck.isHttps(video)) {
            errors.put("videoLink", Wording.of("assemblies.evidence.error.link"));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        return new Evidence(null, a.id(), 0, session, strip(d.speaker()), strip(d.organisation()), strip(d.interests()),
                new LocalisedText(strip(d.titleEn()), strip(d.titleCy())), new LocalisedText(strip(d.summaryEn()), strip(d.summaryCy())),
                video, List.of());
    }

    public static Evidence.Asked check(Question q) {
        Map<String, Wording> errors = new LinkedHashMap<>();
        String language = q == null || q.language() == null || q.language().isBlank() ? "en" : q.language().strip();
        if (!language.equals("en") && !language.equals("cy")) {
            errors.put("language", Wording.of("assemblies.evidence.error.language"));
        }
        text(q == null ? null : q.question(), "question", MAX_INTERESTS, true, errors);
        text(q == null ? null : q.answer(), "answer", MAX_SUMMARY, true, errors);
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        return new Evidence.Asked(language, strip(q.question()), strip(q.answer()));
    }

    private static void text(String value, String field, int max, boolean required, Map<String, Wording> errors) {
        String v = strip(value);
        if (required && v.isEmpty()) {
            errors.put(field, Wording.of("assemblies.evidence.error.required." + field));
        } else if (v.length() > max) {
            errors.put(field, Wording.of("assemblies.evidence.error.tooLong", max));
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
