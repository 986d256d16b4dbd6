package org.folkmoot.assemblies.internal.commission;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.Refused;

/** Turns what an officer sent into an {@link Assembly}, or refuses it with every fault at once. */
public final class CommissionCheck {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,59}");
    /** Addresses of pages under {@code /assemblies/} that an assembly's id must not take. */
    static final Set<String> RESERVED = Set.of("commission");
    static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _-]{0,99}");

    private CommissionCheck() {
    }

    public static Assembly assembly(Commission c) {
        if (c == null) {
            throw Refused.of("id", "assemblies.error.commission.missing");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.id() == null || !ID.matcher(c.id()).matches() || RESERVED.contains(c.id())) {
            errors.put("id", "assemblies.error.id");
        }
        required(errors, "questionEn", c.questionEn(), 1000);
        required(errors, "questionCy", c.questionCy(), 1000);
        required(errors, "remitEn", c.remitEn(), 4000);
        required(errors, "remitCy", c.remitCy(), 4000);
        optional(errors, "outOfScopeEn", c.outOfScopeEn(), 4000);
        optional(errors, "outOfScopeCy", c.outOfScopeCy(), 4000);
        if (blank(c.outOfScopeEn()) != blank(c.outOfScopeCy())) {
            errors.put(blank(c.outOfScopeEn()) ? "outOfScopeEn" : "outOfScopeCy", "assemblies.error.bothLanguages");
        }
        required(errors, "commissionedBy", c.commissionedBy(), 300);
        optional(errors, "funder", c.funder(), 300);
        List<OversightMember> oversight = c.oversight() == null ? List.of() : c.oversight();
        for (OversightMember m : oversight) {
            if (m == null || blank(m.name()) || blank(m.role())) {
                errors.put("oversight", "assemblies.error.oversight");
            }
        }
        List<Milestone> timeline = c.timeline() == null ? List.of() : c.timeline();
        for (Milestone m : timeline) {
            if (m == null || m.date() == null || blank(m.en()) || blank(m.cy())) {
                errors.put("timeline", "assemblies.error.timeline");
            }
        }
        List<LocalDate> sessions = c.sessions() == null ? List.of() : c.sessions();
        if (sessions.isEmpty() || sessions.stream().anyMatch(java.util.Objects::isNull)) {
            errors.put("sessions", "assemblies.error.sessions");
        }
        if (c.announcedOn() == null) {
            errors.put("announcedOn", "assemblies.error.announcedOn");
        }
        if (c.responseDue() == null) {
            errors.put("responseDue", "assemblies.error.responseDue");
        } else if (!sessions.isEmpty() && !sessions.stream().anyMatch(java.util.Objects::isNull) && !c.responseDue().isAfter(sessions.stream().max(LocalDate::compareTo).get())) {
            errors.put("responseDue", "assemblies.error.responseDue.afterSessions");
        }
        if (c.panelSize() == null || c.panelSize() < 2 || c.panelSize() > 1000) {
            errors.put("panelSize", "assemblies.error.panelSize");
        }
        if (c.retentionUntil() == null) {
            errors.put("retentionUntil", "assemblies.error.retentionUntil");
        } else if (c.responseDue() != null && c.retentionUntil().isBefore(c.announcedOn() == null ? c.responseDue() : c.announcedOn())) {
            errors.put("retentionUntil", "assemblies.error.retentionUntil.before");
        }
        List<Question> questions = c.questions() == null ? List.of() : c.questions();
        checkQuestions(questions, errors);
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        return new Assembly(c.id(), new LocalisedText(c.questionEn().strip(), c.questionCy().strip()),
                new LocalisedText(c.remitEn().strip(), c.remitCy().strip()),
                new LocalisedText(text(c.outOfScopeEn()), text(c.outOfScopeCy())), c.commissionedBy().strip(),
                text(c.funder()), oversight, timeline, sessions, questions, c.announcedOn(), c.responseDue(), c.panelSize(),
                c.retentionUntil(), Optional.empty());
    }

    private static void checkQuestions(List<Question> questions, Map<String, String> errors) {
        if (questions.isEmpty()) {
            errors.put("questions", "assemblies.error.questions");
            return;
        }
        Set<String> categories = new HashSet<>();
        for (Question q : questions) {
            if (q == null || q.category() == null || !CATEGORY.matcher(q.category()).matches() || !categories.add(q.category())
                    || (!q.fromDateOfBirth() && (blank(q.en()) || blank(q.cy()))) || q.answers().size() < 2) {
                errors.put("questions", "assemblies.error.questions");
                return;
            }
            Set<String> values = new HashSet<>();
            for (Question.Answer a : q.answers()) {
                if (a == null || blank(a.value()) || a.value().length() > 100 || !values.add(a.value()) || blank(a.en()) || blank(a.cy())
                        || q.fromDateOfBirth() && a.fromAge() == null && a.toAge() == null) {
                    errors.put("questions", "assemblies.error.questions");
                    return;
                }
            }
        }
    }

    private static void required(Map<String, String> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.put(field, "assemblies.error.required." + field);
        } else if (value.length() > max) {
            errors.put(field, "assemblies.error.tooLong");
        }
    }

    private static void optional(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "assemblies.error.tooLong");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
