package org.folkmoot.plans.internal.reminders;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.folkmoot.api.notifications.Notifications;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.plans.internal.store.PlanStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs the platform's job {@value ReportReminders#JOB}: queues the reminder e-mail. */
@Component(service = JobHandler.class, property = JobHandler.NAME_PROPERTY + "=" + ReportReminders.JOB)
public class ReportReminderJob implements JobHandler {
    private final PlanStore store;
    private final Transactions transactions;
    private final Notifications notifications;

    @Activate
    public ReportReminderJob(@Reference PlanStore store, @Reference Transactions transactions,
                             @Reference Notifications notifications) {
        this.store = store;
        this.transactions = transactions;
        this.notifications = notifications;
    }

    @Override
    public void run(Job job) {
        transactions.run(tx -> store.reminders().send(tx, job.payload(), store.plans(), notifications));
    }
}
