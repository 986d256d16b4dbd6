package org.folkmoot.api.jobs;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Schedules jobs in the database; see the package documentation. */
@ProviderType
public interface JobScheduler {

    /**
     * Schedules a job in the caller's transaction: it exists only if that transaction commits.
     *
     * @return true if it was scheduled, false if a job with that name and key already exists
     */
    boolean schedule(Connection tx, JobRequest request);

    /** Schedules a job in a transaction of its own. */
    boolean schedule(JobRequest request);

    /** Removes a job that has not run yet (or a recurring one), in the caller's transaction. */
    boolean cancel(Connection tx, String name, String key);

    /** One job's status. */
    Optional<JobStatus> job(String name, String key);

    /** Every job of one name, soonest due first. */
    List<JobStatus> jobs(String name);
}
