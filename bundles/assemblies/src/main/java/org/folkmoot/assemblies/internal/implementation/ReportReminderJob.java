package org.folkmoot.assemblies.internal.implementation;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.notifications.Notifications;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs the platform's job {@value ReportReminders#JOB}: the reminder of a progress report coming due. */
@Component(service = JobHandler.class, property = JobHandler.NAME_PROPERTY + "=" + ReportReminders.JOB)
public class ReportReminderJob implements JobHandler {
    private final Recommendations recommendations;
    private final JobScheduler jobs;
    private final Notifications notifications;

    @Activate
    public ReportReminderJob(@Reference Recommendations recommendations, @Reference JobScheduler jobs,
            @Reference Notifications notifications) {
        this.recommendations = recommendations;
        this.jobs = jobs;
        this.notifications = notifications;
    }

    @Override
    public void run(Job job) {
        String id = job.payload().substring(0, Math.max(0, job.payload().lastIndexOf('/')));
        recommendations.transactions().run(tx -> ReportReminders.send(tx, job.payload(),
                recommendations.assemblies().assemblies().find(id), recommendations.store(), new ImplementationStore(), jobs,
                notifications, recommendations.assemblies().clock()));
    }
}
