package org.folkmoot.assets.internal.reminders;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.notifications.Notification;
import org.folkmoot.api.notifications.Notifications;
import org.folkmoot.api.notifications.Recipient;
import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.cases.AfterSave;
import org.folkmoot.assets.internal.cases.CaseEvent;
import org.folkmoot.assets.internal.cases.CaseFile;
import org.folkmoot.assets.internal.cases.CaseRepository;
import org.folkmoot.assets.internal.cases.Deadline;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest;

/**
 * Reminds the case officer (the officer who opened the case) by e-mail five working days before
 * each statutory deadline. Planned in the transaction that saves a case: one job per deadline
 * and last day, due at 09:00 UK time on the reminder day (at once when that is already past), so
 * a deadline that moves gets a new reminder and the old one finds its deadline gone and sends nothing.
 */
public final class DeadlineReminders implements AfterSave {
    public static final String JOB = "assets.deadline-reminder";
    public static final int WORKING_DAYS_BEFORE = 5;
    static final LocalTime AT = LocalTime.of(9, 0);

    private final JobScheduler jobs;
    private final Function<CalendarRegion, WorkingDayCalendar> calendars;
    private final Clock clock;
    private final Properties welshNames;

    public DeadlineReminders(JobScheduler jobs, Function<CalendarRegion, WorkingDayCalendar> calendars, Clock clock) {
        this.jobs = jobs;
        this.calendars = calendars;
        this.clock = clock;
        this.welshNames = welshMessages();
    }

    /** The day of the reminder: {@value #WORKING_DAYS_BEFORE} working days before the last day. */
    public static LocalDate remindOn(LocalDate lastDay, WorkingDayCalendar calendar) {
        LocalDate d = lastDay;
        for (int counted = 0; counted < WORKING_DAYS_BEFORE; ) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    @Override
    public void saved(Connection tx, CaseFile<?> c) {
        LocalDate today = c.today();
        WorkingDayCalendar calendar = calendars.apply(c instanceof ScottishAssetTransferRequest
                ? CalendarRegion.SCOTLAND : CalendarRegion.ENGLAND_AND_WALES);
        for (Deadline d : c.deadlines()) {
            if (!d.statutory() || d.isOverdueOn(today)) {
                continue;
            }
            Instant at = remindOn(d.lastDay(), calendar).atTime(AT).atZone(CaseFile.UK).toInstant();
            Instant now = clock.instant();
            String key = d.caseId() + "/" + d.key() + "/" + d.lastDay();
            jobs.schedule(tx, JobRequest.once(JOB, key, at.isBefore(now) ? now : at, key));
        }
    }

    /**
     * Sends the reminder a job stands for, in the caller's transaction; nothing when the deadline
     * no longer runs with that last day, or the case's officer has no e-mail address.
     *
     * @return whether a message was queued
     */
    public boolean send(Connection tx, String payload, CaseRepository cases, Notifications notifications) {
        String[] parts = payload.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a reminder: " + payload);
        }
        Optional<Deadline> d = cases.deadline(parts[0], parts[1])
                .filter(x -> x.lastDay().toString().equals(parts[2]));
        Optional<String> officer = cases.find(parts[0]).map(s -> s.events().get(0)).map(CaseEvent::actor);
        if (d.isEmpty() || officer.isEmpty()) {
            return false;
        }
        Deadline deadline = d.get();
        return notifications.send(tx, new Notification(Recipient.account(officer.get()), "deadline-reminder", Map.of(
                "caseId", deadline.caseId(),
                "what", deadline.label(),
                "whatCy", welshNames.getProperty("assets.deadline." + deadline.key(), deadline.label()),
                "lastDay", deadline.lastDay().toString(),
                "basis", deadline.basis(),
                "workingDays", String.valueOf(WORKING_DAYS_BEFORE))));
    }

    /** The Welsh names of deadlines, from the module's page messages (one list for pages and mail). */
    private static Properties welshMessages() {
        Properties p = new Properties();
        try (InputStream in = DeadlineReminders.class.getResourceAsStream("/l10n/messages_cy.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Welsh messages", e);
        }
        return p;
    }
}
