package org.folkmoot.connector.decidim.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.jobs.JobStatus;

/** The scheduler's contract in memory, for unit tests: what was asked for, in order; a name and key once. */
public final class MemoryJobs implements JobScheduler {

    public final List<JobRequest> scheduled = new ArrayList<>();

    @Override
    public boolean schedule(Connection tx, JobRequest request) {
        return schedule(request);
    }

    @Override
    public boolean schedule(JobRequest request) {
        if (scheduled.stream().anyMatch(r -> r.name().equals(request.name()) && r.key().equals(request.key()))) {
            return false;
        }
        return scheduled.add(request);
    }

    @Override
    public boolean cancel(Connection tx, String name, String key) {
        return scheduled.removeIf(r -> r.name().equals(name) && r.key().equals(key));
    }

    @Override
    public Optional<JobStatus> job(String name, String key) {
        return jobs(name).stream().filter(j -> j.key().equals(key)).findFirst();
    }

    @Override
    public List<JobStatus> jobs(String name) {
        return scheduled.stream().filter(r -> r.name().equals(name))
                .map(r -> new JobStatus(r.name(), r.key(), "PENDING", r.at(), 0, Optional.<String>empty())).toList();
    }
}
