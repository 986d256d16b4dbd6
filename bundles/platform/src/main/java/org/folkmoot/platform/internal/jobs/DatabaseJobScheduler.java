package org.folkmoot.platform.internal.jobs;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.jobs.JobStatus;
import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.platform.internal.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Writes and reads job rows; {@link JobRunner} runs them. */
@Component(service = JobScheduler.class)
public class DatabaseJobScheduler implements JobScheduler {
    private final DataSource dataSource;
    private final Clock clock;

    @Activate
    public DatabaseJobScheduler(@Reference(target = "(folkmoot.storage=main)") DataSource dataSource,
                                @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=platform)") ModuleSchema schema) {
        this(dataSource, Clock.systemUTC());
    }

    private DatabaseJobScheduler(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Over any data source with the platform's tables, with a clock tests can move. */
    // a factory, not a second public two-argument constructor: DS would try that one too
    public static DatabaseJobScheduler withClock(DataSource dataSource, Clock clock) {
        return new DatabaseJobScheduler(dataSource, clock);
    }

    @Override
    public boolean schedule(Connection tx, JobRequest request) {
        check(request);
        return Jdbc.on(tx, c -> JobTable.insert(c, request, clock.instant()));
    }

    @Override
    public boolean schedule(JobRequest request) {
        check(request);
        return Jdbc.inTransaction(dataSource, c -> JobTable.insert(c, request, clock.instant()));
    }

    @Override
    public boolean cancel(Connection tx, String name, String key) {
        return Jdbc.on(tx, c -> JobTable.delete(c, name, key));
    }

    @Override
    public Optional<JobStatus> job(String name, String key) {
        return Jdbc.inTransaction(dataSource, c -> JobTable.statuses(c, name, key)).stream().findFirst();
    }

    @Override
    public List<JobStatus> jobs(String name) {
        return Jdbc.inTransaction(dataSource, c -> JobTable.statuses(c, name, null));
    }

    /** What the columns cannot hold is the caller's mistake, said before the database is asked. */
    private static void check(JobRequest r) {
        if (r.name().isBlank() || r.name().length() > 100) {
            throw new IllegalArgumentException("A job name is 1 to 100 characters: " + r.name());
        }
        if (r.key().isBlank() || r.key().length() > 300) {
            throw new IllegalArgumentException("A job key is 1 to 300 characters");
        }
        if (r.payload().length() > 4000) {
            throw new IllegalArgumentException("A job's payload is at most 4,000 characters");
        }
    }
}
