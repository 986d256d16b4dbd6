package org.folkmoot.assemblies.internal.implementation;

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

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.notifications.Notification;
import org.folkmoot.api.notifications.Notifications;
import org.folkmoot.api.notifications.Recipient;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.recommendations.Deliberation;
import org.folkmoot.assemblies.internal.recommendations.DeliberationStore;
import org.folkmoot.assemblies.internal.response.ResponseStore;

/**
 * Reminds the assembly's officer by e-mail {@value #DAYS_BEFORE} days before each progress report
 * is due, at 09:00 UK time (at once when that is past). The first reminder is planned when the
 * council's last response is recorded; each reminder, when it runs, plans the next report's, so
 * the reminders go on until the council closes the assembly's record. A report already published
 * gets no reminder.
 */
public final class ReportReminders {
    public static final String JOB = "assemblies.report-reminder";
    public static final int DAYS_BEFORE = 14;
    static final LocalTime AT = LocalTime.of(9, 0);
    static final ZoneId UK = ZoneId.of("Europe/London");

    private ReportReminders() {
    }

    public static void plan(Connection tx, JobScheduler jobs, String assemblyId, LocalDate due, Clock clock) {
        Instant at = due.minusDays(DAYS_BEFORE).atTime(AT).atZone(UK).toInstant();
        Instant now = clock.instant();
        String key = assemblyId + "/" + due;
        jobs.schedule(tx, JobRequest.once(JOB, key, at.isBefore(now) ? now : at, key));
    }

    /**
     * Sends the reminder a job stands for and plans the next one, in the caller's transaction.
     *
     * @return whether a message was queued
     */
    public static boolean send(Connection tx, String payload, Optional<Assembly> assembly, DeliberationStore deliberations,
            ImplementationStore store, JobScheduler jobs, Notifications notifications, Clock clock) throws SQLException {
        int slash = payload.lastIndexOf('/');
        if (slash < 0 || assembly.isEmpty()) {
            return false;
        }
        String id = assembly.get().id();
        LocalDate due = LocalDate.parse(payload.substring(slash + 1));
        Optional<Deliberation> settings = deliberations.settings(tx, id);
        if (settings.isEmpty() || settings.get().closed()) {
            return false;
        }
        Optional<LocalDate> responded = ReportSchedule.responseDate(deliberations.all(tx, id), new ResponseStore().all(tx, id));
        if (responded.isEmpty() || !ReportSchedule.isDue(responded.get(), settings.get(), due)) {
            return false;
        }
        plan(tx, jobs, id, ReportSchedule.after(responded.get(), settings.get(), due), clock);
        List<ProgressReport> published = store.reports(tx, id);
        if (published.stream().anyMatch(r -> r.dueOn().equals(due)) || settings.get().officer().isBlank()) {
            return false;
        }
        return notifications.send(tx, new Notification(Recipient.account(settings.get().officer()), "report-due", Map.of(
                "assembly", id,
                "question", assembly.get().question().en(),
                "questionCy", assembly.get().question().cy(),
                "due", due.toString(),
                "daysBefore", String.valueOf(DAYS_BEFORE))));
    }
}
