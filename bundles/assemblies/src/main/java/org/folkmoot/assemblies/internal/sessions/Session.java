package org.folkmoot.assemblies.internal.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.folkmoot.api.container.LocalisedText;

/**
 * A session of an assembly, public: on one of the days its commission lists (the day members'
 * attendance is recorded against), where it meets or its online link, the agenda in English and
 * Welsh, who facilitates, and links to its recordings.
 *
 * @param place       the venue in both languages; empty when the session is online only
 * @param onlineLink  an {@code https} link to join, or empty
 * @param agendaEn    the agenda's items in English
 * @param agendaCy    the same items in Welsh
 * @param recordings  {@code https} links to recordings, in order
 */
public record Session(String assemblyId, LocalDate date, LocalTime startsAt, LocalTime endsAt, LocalisedText title,
        LocalisedText place, String onlineLink, List<String> agendaEn, List<String> agendaCy, List<String> facilitators,
        List<String> recordings) {

    public Session {
        agendaEn = List.copyOf(agendaEn);
        agendaCy = List.copyOf(agendaCy);
        facilitators = List.copyOf(facilitators);
        recordings = List.copyOf(recordings);
    }

    /** The agenda in a page's language. */
    public List<String> agenda(String language) {
        return "cy".equals(language) ? agendaCy : agendaEn;
    }

    public boolean isOnline() {
        return !onlineLink.isEmpty();
    }
}
