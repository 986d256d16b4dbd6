package org.folkmoot.assemblies.internal.commission;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.folkmoot.api.container.LocalisedText;

/**
 * A citizens' assembly as the council commissioned it: everything here is public from the day it
 * is announced, but the lottery seed only once it is fixed.
 *
 * @param id             a slug for its address, {@code /assemblies/<id>}
 * @param question       the question in plain words
 * @param remit          what the assembly is asked to do
 * @param outOfScope     what it is not asked to decide
 * @param commissionedBy the commissioning body (a council, its cabinet, a committee)
 * @param funder         who pays
 * @param oversight      the oversight or advisory group, names and roles
 * @param timeline       the published timeline
 * @param sessions       the days the assembly meets
 * @param questions      the stratification questions asked at registration
 * @param announcedOn    the day it was announced
 * @param responseDue    the day by which the council commits to respond to the recommendations
 * @param panelSize      how many members are selected
 * @param retentionUntil the last day registrations are kept; the retention job deletes them after it
 * @param lotterySeed    the seed fixed in public before the draw, or empty
 */
public record Assembly(String id, LocalisedText question, LocalisedText remit, LocalisedText outOfScope,
        String commissionedBy, String funder, List<OversightMember> oversight, List<Milestone> timeline,
        List<LocalDate> sessions, List<Question> questions, LocalDate announcedOn, LocalDate responseDue, int panelSize,
        LocalDate retentionUntil, Optional<String> lotterySeed) {

    public Assembly {
        oversight = List.copyOf(oversight);
        timeline = timeline.stream().sorted(Comparator.comparing(Milestone::date)).toList();
        sessions = sessions.stream().sorted().toList();
        questions = List.copyOf(questions);
    }

    /** The first session, before which a withdrawal is replaced from the pool. */
    public Optional<LocalDate> firstSession() {
        return sessions.stream().findFirst();
    }

    public Optional<Question> question(String category) {
        return questions.stream().filter(q -> q.category().equals(category)).findFirst();
    }

    public boolean isPublic(LocalDate today) {
        return !announcedOn.isAfter(today);
    }
}
