package org.folkmoot.api.jobs;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Runs the jobs of one name: a whiteboard service registered with the property
 * {@value #NAME_PROPERTY}{@code =<job name>}, for example
 * {@code @Component(property = JobHandler.NAME_PROPERTY + "=assets.deadline-reminder")}.
 */
@ConsumerType
public interface JobHandler {

    /** The service property naming the jobs this handler runs. */
    String NAME_PROPERTY = "folkmoot.job";

    /**
     * Does the job. Returning ends it (a recurring job is due again one interval later); throwing
     * schedules a retry with backoff and keeps the exception's message as the job's last error.
     */
    void run(Job job) throws Exception;
}
