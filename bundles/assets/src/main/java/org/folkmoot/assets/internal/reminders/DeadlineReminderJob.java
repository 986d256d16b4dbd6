package org.folkmoot.assets.internal.reminders;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.folkmoot.api.notifications.Notifications;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assets.internal.rest.AssetStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs the platform's job {@value DeadlineReminders#JOB}: queues the reminder e-mail. */
@Component(service = JobHandler.class, property = JobHandler.NAME_PROPERTY + "=" + DeadlineReminders.JOB)
public class DeadlineReminderJob implements JobHandler {
    private final AssetStore store;
    private final Transactions transactions;
    private final Notifications notifications;

    @Activate
    public DeadlineReminderJob(@Reference AssetStore store, @Reference Transactions transactions,
                               @Reference Notifications notifications) {
        this.store = store;
        this.transactions = transactions;
        this.notifications = notifications;
    }

    @Override
    public void run(Job job) {
        transactions.run(tx -> store.remind(tx, job.payload(), notifications));
    }
}
