package org.folkmoot.assemblies.internal.response;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.folkmoot.api.notifications.Notifications;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs the platform's job {@value ResponseDeadline#JOB}: queues the overdue notice to the assembly's officer. */
@Component(service = JobHandler.class, property = JobHandler.NAME_PROPERTY + "=" + ResponseDeadline.JOB)
public class OverdueResponseJob implements JobHandler {
    private final Recommendations recommendations;
    private final Notifications notifications;
    private final ResponseStore responses = new ResponseStore();

    @Activate
    public OverdueResponseJob(@Reference Recommendations recommendations, @Reference Notifications notifications) {
        this.recommendations = recommendations;
        this.notifications = notifications;
    }

    @Override
    public void run(Job job) {
        String id = job.payload().substring(0, Math.max(0, job.payload().lastIndexOf('/')));
        recommendations.transactions().run(tx -> ResponseDeadline.send(tx, job.payload(),
                recommendations.assemblies().assemblies().find(id), recommendations.store(), responses, notifications,
                recommendations.today()));
    }
}
