package org.folkmoot.assemblies.internal.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.api.web.DateInput;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.Commission;
import org.folkmoot.assemblies.internal.commission.Milestone;
import org.folkmoot.assemblies.internal.commission.OversightMember;
import org.folkmoot.assemblies.internal.commission.Question;
import org.folkmoot.assemblies.internal.commission.StandardQuestions;

/**
 * The commission as a form without JavaScript: what the officer typed, read into a
 * {@link Commission} (dates as three boxes each, the oversight group, timeline and sessions as rows,
 * blank rows ignored), with each fault keyed by the id of the box it belongs beside; and an assembly
 * written back into the form's fields for amending. {@code CommissionCheck} does the rules; this
 * only reads the boxes and says which box a rule's refusal belongs beside.
 */
final class CommissionForm {
    /** Empty rows shown after the filled ones: more can be added by saving and amending again. */
    static final int SPARE_ROWS = 2;

    /** The fields in page order, for the error summary. */
    private static final List<String> ORDER = List.of("id", "questionEn", "questionCy", "remitEn", "remitCy", "outOfScopeEn",
            "outOfScopeCy", "commissionedBy", "funder", "oversight", "announcedOn", "session", "timeline", "responseDue", "panelSize",
            "retentionUntil", "questions");

    private CommissionForm() {
    }

    /** What the form gives: the commission to check, and the faults found in reading the boxes. */
    record Read(Commission commission, Map<String, String> errors) {
    }

    static Read read(Map<String, String> v, List<String> standardQuestions, Optional<Assembly> existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<OversightMember> oversight = new ArrayList<>();
        for (int n = 1; v.containsKey("oversight-" + n + "-name"); n++) {
            String name = v.get("oversight-" + n + "-name").strip();
            String role = v.getOrDefault("oversight-" + n + "-role", "").strip();
            if (name.isEmpty() && role.isEmpty()) {
                continue;
            }
            if (name.isEmpty() || role.isEmpty()) {
                errors.putIfAbsent("oversight-" + n + (name.isEmpty() ? "-name" : "-role"), "assemblies.error.oversight");
            }
            oversight.add(new OversightMember(name, role));
        }
        List<Milestone> timeline = new ArrayList<>();
        for (int n = 1; v.containsKey("timeline-" + n + "-en"); n++) {
            String p = "timeline-" + n;
            String en = v.get(p + "-en").strip();
            String cy = v.getOrDefault(p + "-cy", "").strip();
            if (en.isEmpty() && cy.isEmpty() && blankDate(v, p)) {
                continue;
            }
            LocalDate date = date(v, p, errors);
            if (date == null && blankDate(v, p)) {
                errors.put(p + "-day", "assemblies.error.timeline");
            }
            if (en.isEmpty() || cy.isEmpty()) {
                errors.putIfAbsent(p + (en.isEmpty() ? "-en" : "-cy"), "assemblies.error.timeline");
            }
            timeline.add(new Milestone(date, en, cy));
        }
        List<LocalDate> sessions = new ArrayList<>();
        for (int n = 1; v.containsKey("session-" + n + "-day"); n++) {
            LocalDate d = date(v, "session-" + n, errors);
            if (d != null) {
                sessions.add(d);
            }
        }
        LocalDate announcedOn = date(v, "announcedOn", errors);
        LocalDate responseDue = date(v, "responseDue", errors);
        LocalDate retentionUntil = date(v, "retentionUntil", errors);
        Integer panelSize = null;
        String size = v.getOrDefault("panelSize", "").strip();
        if (!size.isEmpty()) {
            try {
                panelSize = Integer.valueOf(size);
            } catch (NumberFormatException e) {
                errors.put("panelSize", "assemblies.error.panelSize");
            }
        }
        List<Question> questions = existing.map(Assembly::questions).orElseGet(() -> StandardQuestions.of(standardQuestions));
        Commission c = new Commission(existing.map(Assembly::id).orElse(v.getOrDefault("id", "").strip()), v.get("questionEn"),
                v.get("questionCy"), v.get("remitEn"), v.get("remitCy"), v.get("outOfScopeEn"), v.get("outOfScopeCy"),
                v.get("commissionedBy"), v.get("funder"), oversight, timeline.stream().filter(m -> m.date() != null).toList(), sessions,
                questions, announcedOn, responseDue, panelSize, retentionUntil);
        return new Read(c, errors);
    }

    /**
     * The faults of the boxes and of the rules together, in page order: a rule's refusal goes beside
     * its box (the first part of a date, the first row of a list), unless reading that box already
     * found a fault there.
     */
    static Map<String, String> merge(Map<String, String> boxes, Map<String, String> rules) {
        Map<String, String> all = new LinkedHashMap<>(boxes);
        rules.forEach((field, message) -> {
            String group = group(field);
            if (all.keySet().stream().noneMatch(k -> group(k).equals(group))) {
                all.put(boxOf(field), message);
            }
        });
        List<Map.Entry<String, String>> sorted = new ArrayList<>(all.entrySet());
        sorted.sort(Comparator.comparingInt(e -> position(e.getKey())));
        Map<String, String> out = new LinkedHashMap<>();
        sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The box a rule's field is shown beside. */
    static String boxOf(String field) {
        return switch (field) {
            case "oversight" -> "oversight-1-name";
            case "timeline" -> "timeline-1-day";
            case "sessions" -> "session-1-day";
            case "announcedOn", "responseDue", "retentionUntil" -> field + "-day";
            default -> field;
        };
    }

    private static String group(String key) {
        String k = key.equals("sessions") ? "session" : key;
        int dash = k.indexOf('-');
        return dash < 0 ? k : k.substring(0, dash);
    }

    private static int position(String key) {
        int i = ORDER.indexOf(group(key));
        return i < 0 ? ORDER.size() : i;
    }

    /** The assembly in the form's boxes, to amend it. */
    static Map<String, String> values(Assembly a) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", a.id());
        v.put("questionEn", a.question().en());
        v.put("questionCy", a.question().cy());
        v.put("remitEn", a.remit().en());
        v.put("remitCy", a.remit().cy());
        v.put("outOfScopeEn", a.outOfScope().en());
        v.put("outOfScopeCy", a.outOfScope().cy());
        v.put("commissionedBy", a.commissionedBy());
        v.put("funder", a.funder());
        v.put("panelSize", Integer.toString(a.panelSize()));
        put(v, "announcedOn", a.announcedOn());
        put(v, "responseDue", a.responseDue());
        put(v, "retentionUntil", a.retentionUntil());
        for (int i = 0; i < a.oversight().size(); i++) {
            v.put("oversight-" + (i + 1) + "-name", a.oversight().get(i).name());
            v.put("oversight-" + (i + 1) + "-role", a.oversight().get(i).role());
        }
        for (int i = 0; i < a.timeline().size(); i++) {
            Milestone m = a.timeline().get(i);
            put(v, "timeline-" + (i + 1), m.date());
            v.put("timeline-" + (i + 1) + "-en", m.en());
            v.put("timeline-" + (i + 1) + "-cy", m.cy());
        }
        for (int i = 0; i < a.sessions().size(); i++) {
            put(v, "session-" + (i + 1), a.sessions().get(i));
        }
        return v;
    }

    /** How many rows of a list to show: those filled, and {@link #SPARE_ROWS} more, at least {@code min}. */
    static int rows(Map<String, String> v, String prefix, int min) {
        int filled = 0;
        for (String key : v.keySet()) {
            if (key.startsWith(prefix + "-") && !v.get(key).isBlank()) {
                try {
                    int dash = key.indexOf('-', prefix.length() + 1);
                    filled = Math.max(filled, Integer.parseInt(key.substring(prefix.length() + 1, dash < 0 ? key.length() : dash)));
                } catch (NumberFormatException e) {
                    // not a row's box
                }
            }
        }
        return Math.max(min, filled + SPARE_ROWS);
    }

    private static void put(Map<String, String> v, String name, LocalDate d) {
        v.put(name + "-day", Integer.toString(d.getDayOfMonth()));
        v.put(name + "-month", Integer.toString(d.getMonthValue()));
        v.put(name + "-year", Integer.toString(d.getYear()));
    }

    private static boolean blankDate(Map<String, String> v, String name) {
        return v.getOrDefault(name + "-day", "").isBlank() && v.getOrDefault(name + "-month", "").isBlank()
                && v.getOrDefault(name + "-year", "").isBlank();
    }

    /** A date from its three boxes: empty boxes give null (the rules say whether one is needed). */
    private static LocalDate date(Map<String, String> v, String name, Map<String, String> errors) {
        if (blankDate(v, name)) {
            return null;
        }
        String day = v.getOrDefault(name + "-day", "").strip();
        String month = v.getOrDefault(name + "-month", "").strip();
        String year = v.getOrDefault(name + "-year", "").strip();
        try {
            if (year.length() != 4) {
                throw new DateTimeException("a year has four figures");
            }
            return DateInput.within(name, LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            errors.put(name + wrongPart(day, month, year), "assemblies.officers.commission.date");
        } catch (IllegalArgumentException e) {
            errors.put(name + "-year", "assemblies.officers.commission.date");
        }
        return null;
    }

    /** The first box at fault: an empty or non-numeric part, else the day (30 February). */
    private static String wrongPart(String day, String month, String year) {
        if (!number(day)) {
            return "-day";
        }
        if (!number(month)) {
            return "-month";
        }
        return number(year) && year.length() == 4 ? "-day" : "-year";
    }

    private static boolean number(String s) {
        return !s.isEmpty() && s.length() < 6 && s.chars().allMatch(Character::isDigit);
    }
}
