package org.folkmoot.assemblies.internal.members;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes registrations (and households' addresses) once an assembly's retention date has passed:
 * a recurring job, every six hours, that schedules itself when the module starts.
 */
@Component(immediate = true, property = JobHandler.NAME_PROPERTY + "=" + RetentionJob.NAME)
public class RetentionJob implements JobHandler {
    public static final String NAME = "assemblies.retention";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final AssemblyStore store;

    @Activate
    public RetentionJob(@Reference AssemblyStore store, @Reference JobScheduler jobs) {
        this.store = store;
        jobs.schedule(JobRequest.every(NAME, "every-six-hours", store.clock().instant(), Duration.ofHours(6)));
    }

    @Override
    public void run(Job job) {
        int deleted = store.registrations().eraseExpired(LocalDate.now(store.clock().withZone(ZoneId.of("Europe/London"))));
        if (deleted > 0) {
            LOG.info("Deleted {} registrations of assemblies past their retention date", deleted);
        }
    }
}
