package org.folkmoot.plans.internal.reminders;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.notifications.Notification;
import org.folkmoot.api.notifications.Notifications;
import org.folkmoot.api.notifications.Recipient;
import org.folkmoot.plans.internal.plan.Adoption;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.rules.PlanRuleBook;
import org.folkmoot.plans.internal.rules.PlanRules;
import org.folkmoot.plans.internal.rules.ReportingCycle.ReportDue;
import org.folkmoot.plans.internal.store.PlanRepository;

/**
 * Reminds the officer who recorded a plan's adoption {@value #DAYS_BEFORE} days before its next
 * progress report is due, by e-mail through the platform's outbox. Planned in the transaction that
 * saves the plan: one job per report and due day, at 09:00 UK time on the reminder day (at once
 * when that is past), so a report that is published, or whose due day moves, finds nothing to send.
 */
public final class ReportReminders implements PlanRepository.AfterSave {
    public static final String JOB = "plans.report-reminder";
    public static final int DAYS_BEFORE = 28;
    static final LocalTime AT = LocalTime.of(9, 0);

    private final JobScheduler jobs;
    private final PlanRuleBook rules;
    private final Clock clock;

    public ReportReminders(JobScheduler jobs, PlanRuleBook rules, Clock clock) {
        this.jobs = jobs;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void saved(Connection tx, Plan plan) {
        Optional<ReportDue> due = plan.nextReport(rules(plan));
        if (due.isEmpty() || due.get().dueBy().isBefore(clock.instant().atZone(Plan.UK).toLocalDate())) {
            return;
        }
        Instant at = due.get().dueBy().minusDays(DAYS_BEFORE).atTime(AT).atZone(Plan.UK).toInstant();
        Instant now = clock.instant();
        String key = plan.id() + "/" + due.get().number() + "/" + due.get().dueBy();
        jobs.schedule(tx, JobRequest.once(JOB, key, at.isBefore(now) ? now : at, key));
    }

    /**
     * Queues the reminder a job stands for, in the caller's transaction; nothing when that report
     * has been published or is no longer due on that day.
     *
     * @return whether a message was queued
     */
    public boolean send(Connection tx, String payload, PlanRepository plans, Notifications notifications) {
        String[] parts = payload.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a report reminder: " + payload);
        }
        Optional<Plan> plan = plans.find(parts[0]);
        if (plan.isEmpty() || plan.get().adoption().isEmpty()) {
            return false;
        }
        Plan p = plan.get();
        Optional<ReportDue> due = p.nextReport(rules(p))
                .filter(d -> String.valueOf(d.number()).equals(parts[1]) && d.dueBy().toString().equals(parts[2]));
        if (due.isEmpty()) {
            return false;
        }
        Adoption adoption = p.adoption().get();
        ReportDue d = due.get();
        return notifications.send(tx, new Notification(Recipient.account(adoption.by()), "report-reminder", Map.of(
                "planId", p.id(),
                "planTitle", p.title().in("en"),
                "planTitleCy", p.title().in("cy"),
                "number", String.valueOf(d.number()),
                "from", d.from().toString(),
                "to", d.to().toString(),
                "dueBy", d.dueBy().toString(),
                "basis", rules(p).reporting().citation(),
                "daysBefore", String.valueOf(DAYS_BEFORE))));
    }

    private PlanRules rules(Plan p) {
        return rules.byId(p.rules()).orElseThrow(() -> new IllegalStateException("plan " + p.id() + " names unknown rules " + p.rules()));
    }
}
