package org.folkmoot.assemblies.internal.response;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.notifications.Notification;
import org.folkmoot.api.notifications.Notifications;
import org.folkmoot.api.notifications.Recipient;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.recommendations.Deliberation;
import org.folkmoot.assemblies.internal.recommendations.DeliberationStore;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;

/**
 * The date the council committed to respond by, and what happens when it passes: the day after, at
 * 09:00 UK time, a job e-mails the assembly's officer the recommendations still without a response.
 * Planned in the transaction that closes a vote (so it exists once there is something to respond to);
 * keyed by the assembly and the date, so a date moved in the commission gets a job of its own and
 * the old one finds its date gone and sends nothing.
 */
public final class ResponseDeadline {
    public static final String JOB = "assemblies.response-overdue";
    static final LocalTime AT = LocalTime.of(9, 0);
    static final ZoneId UK = ZoneId.of("Europe/London");

    private ResponseDeadline() {
    }

    public static void plan(Connection tx, JobScheduler jobs, Assembly a, Clock clock) {
        Instant at = a.responseDue().plusDays(1).atTime(AT).atZone(UK).toInstant();
        Instant now = clock.instant();
        String key = a.id() + "/" + a.responseDue();
        jobs.schedule(tx, JobRequest.once(JOB, key, at.isBefore(now) ? now : at, key));
    }

    /** The numbers of the recommendations passed and still without a response, once the committed date has passed. */
    public static List<Integer> overdue(LocalDate due, LocalDate today, List<Recommendation> recommendations,
            List<CouncilResponse> responses) {
        return today.isAfter(due) ? unanswered(recommendations, responses) : List.of();
    }

    /** The numbers of the recommendations passed and without a response yet. */
    public static List<Integer> unanswered(List<Recommendation> recommendations, List<CouncilResponse> responses) {
        Set<Integer> answered = responses.stream().map(CouncilResponse::number).collect(Collectors.toSet());
        return recommendations.stream().filter(Recommendation::passed).map(Recommendation::number)
                .filter(n -> !answered.contains(n)).toList();
    }

    /**
     * Sends the overdue notice a job stands for, in the caller's transaction: nothing when the
     * commission's date moved, the record is closed, every response is in, or no officer is known.
     *
     * @return whether a message was queued
     */
    public static boolean send(Connection tx, String payload, Optional<Assembly> assembly, DeliberationStore deliberations,
            ResponseStore responses, Notifications notifications, LocalDate today) throws SQLException {
        int slash = payload.lastIndexOf('/');
        if (slash < 0 || assembly.isEmpty() || !assembly.get().responseDue().toString().equals(payload.substring(slash + 1))) {
            return false;
        }
        Assembly a = assembly.get();
        Optional<Deliberation> settings = deliberations.settings(tx, a.id());
        if (settings.isEmpty() || settings.get().closed() || settings.get().officer().isBlank()) {
            return false;
        }
        List<Integer> missing = overdue(a.responseDue(), today, deliberations.all(tx, a.id()), responses.all(tx, a.id()));
        if (missing.isEmpty()) {
            return false;
        }
        return notifications.send(tx, new Notification(Recipient.account(settings.get().officer()), "response-overdue", Map.of(
                "assembly", a.id(),
                "question", a.question().en(),
                "questionCy", a.question().cy(),
                "due", a.responseDue().toString(),
                "count", String.valueOf(missing.size()),
                "numbers", missing.stream().map(String::valueOf).collect(Collectors.joining(", ")))));
    }
}
