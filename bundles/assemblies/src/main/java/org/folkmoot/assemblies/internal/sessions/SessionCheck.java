package org.folkmoot.assemblies.internal.sessions;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.Wording;
import org.folkmoot.assemblies.internal.commission.Assembly;

/**
 * Checks a session as an officer sends it, every field at once, before anything is written: its day
 * is one of the commission's session days (so attendance, recorded by day, belongs to it), times are
 * real and in order, the title and venue are given in both languages, links are {@code https}.
 */
public final class SessionCheck {
    static final int MAX_TEXT = 300;
    static final int MAX_PLACE = 1000;
    static final int MAX_ITEMS = 40;

    private SessionCheck() {
    }

    /** What the officer sends: dates and times as text, so that a bad one is refused beside its field. */
    public record Draft(String date, String startsAt, String endsAt, String titleEn, String titleCy, String placeEn,
            String placeCy, String onlineLink, List<String> agendaEn, List<String> agendaCy, List<String> facilitators, List<String> recordings) {
    }

    public static Session check(Assembly a, Draft d) {
        Map<String, Wording> errors = new LinkedHashMap<>();
        LocalDate date = date(d.date(), "date", errors);
        if (date != null && !a.sessions().contains(date)) {
            errors.put("date", Wording.of("assemblies.sessions.error.date.notListed", date, days(a)));
        }
        LocalTime starts = time(d.startsAt(), "startsAt", errors);
        LocalTime ends = time(d.endsAt(), "endsAt", errors);
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            errors.put("endsAt", Wording.of("assemblies.sessions.error.endsAt.order"));
        }
        required(d.titleEn(), "titleEn", MAX_TEXT, errors);
        required(d.titleCy(), "titleCy", MAX_TEXT, errors);
        String placeEn = strip(d.placeEn());
        String placeCy = strip(d.placeCy());
        String online = strip(d.onlineLink());
        if (placeEn.isEmpty() && online.isEmpty()) {
            errors.put("placeEn", Wording.of("assemblies.sessions.error.place"));
        }
        if (!placeEn.isEmpty() && placeCy.isEmpty()) {
            errors.put("placeCy", Wording.of("assemblies.sessions.error.placeCy"));
        }
        if (placeEn.length() > MAX_PLACE || placeCy.length() > MAX_PLACE) {
            errors.put("placeEn", Wording.of("assemblies.sessions.error.tooLong", MAX_PLACE));
        }
        if (!online.isEmpty() && !isHttps(online)) {
            errors.put("onlineLink", Wording.of("assemblies.sessions.error.link"));
        }
        List<String> agendaEn = lines(d.agendaEn());
        List<String> agendaCy = lines(d.agendaCy());
        if (agendaEn.size() != agendaCy.size()) {
            errors.put("agendaCy", Wording.of("assemblies.sessions.error.agenda", agendaEn.size(), agendaCy.size()));
        }
        List<String> facilitators = lines(d.facilitators());
        List<String> recordings = lines(d.recordings());
        if (agendaEn.size() > MAX_ITEMS || facilitators.size() > MAX_ITEMS || recordings.size() > MAX_ITEMS
                || tooLong(agendaEn) || tooLong(agendaCy) || tooLong(facilitators)) {
            errors.put("agendaEn", Wording.of("assemblies.sessions.error.items", MAX_ITEMS, MAX_PLACE));
        }
        if (recordings.stream().anyMatch(r -> !isHttps(r))) {
            errors.put("recordings", Wording.of("assemblies.sessions.error.recording"));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        return new Session(a.id(), date, starts, ends, new LocalisedText(strip(d.titleEn()), strip(d.titleCy())),
                new LocalisedText(placeEn, placeCy), online, agendaEn, agendaCy, facilitators, recordings);
    }

    /** A date as {@code YYYY-MM-DD}; null (with the field's error) when it is missing or not a real day. */
    public static LocalDate date(String text, String field, Map<String, Wording> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, Wording.of("assemblies.sessions.error.date.missing"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            errors.put(field, Wording.of("assemblies.sessions.error.date.real", text.strip()));
            return null;
        }
    }

    private static LocalTime time(String text, String field, Map<String, Wording> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, Wording.of("assemblies.sessions.error.time.missing"));
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeException e) {
            errors.put(field, Wording.of("assemblies.sessions.error.time.real", text.strip()));
            return null;
        }
    }

    static void required(String value, String field, int max, Map<String, Wording> errors) {
        String v = strip(value);
        if (v.isEmpty()) {
            errors.put(field, Wording.of("assemblies.sessions.error.required." + field));
        } else if (v.length() > max) {
            errors.put(field, Wording.of("assemblies.sessions.error.tooLong", max));
        }
    }

    /** An absolute {@code https} link with a host. */
    public static boolean isHttps(String link) {
        try {
            URI u = new URI(link.strip());
            return "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null && link.length() <= MAX_PLACE;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> lines(List<String> items) {
        List<String> out = new ArrayList<>();
        if (items != null) {
            for (String i : items) {
                if (i != null && !i.isBlank()) {
                    out.add(i.strip());
                }
            }
        }
        return out;
    }

    private static boolean tooLong(List<String> items) {
        return items.stream().anyMatch(i -> i.length() > MAX_PLACE);
    }

    private static String days(Assembly a) {
        return a.sessions().isEmpty() ? "-" : String.join(", ", a.sessions().stream().map(LocalDate::toString).toList());
    }
}
