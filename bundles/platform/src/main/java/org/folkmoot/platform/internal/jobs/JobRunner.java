package org.folkmoot.platform.internal.jobs;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.folkmoot.api.privacy.Redactor;
import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.platform.internal.Jdbc;
import org.folkmoot.platform.internal.privacy.UkRedactor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due jobs of the handlers registered in this runtime: every poll it lists due, unleased
 * jobs, takes the lease of each with one atomic UPDATE (committed at once, so other runtimes see
 * it), runs the handler outside any transaction, then records success or a retry with backoff.
 */
@Component(service = JobRunner.class, immediate = true, configurationPid = JobRunner.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = JobRunner.Config.class)
public class JobRunner {
    public static final String PID = "org.folkmoot.platform.Jobs";
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final int BATCH = 20;

    @ObjectClassDefinition(name = "Folkmoot jobs", description = "Scheduled jobs, run once across runtimes")
    public @interface Config {
        @AttributeDefinition(description = "Seconds between looks for due jobs")
        int pollSeconds() default 5;

        @AttributeDefinition(description = "Seconds a runtime holds a job it runs; if it dies, another runs the job after this")
        int leaseSeconds() default 600;

        @AttributeDefinition(description = "Seconds before the first retry of a failed job; doubled after each failure")
        int firstRetrySeconds() default 30;

        @AttributeDefinition(description = "Longest wait between retries, in seconds")
        int longestRetrySeconds() default 3600;

        @AttributeDefinition(description = "Runs a one-off job gets before it is left FAILED")
        int maxAttempts() default 8;
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration lease;
    private final Backoff backoff;
    private final Redactor redactor;
    private final String owner;
    private final Map<String, JobHandler> handlers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;

    @Activate
    public JobRunner(@Reference(target = "(folkmoot.storage=main)") DataSource dataSource,
                     @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=platform)") ModuleSchema schema,
                     @Reference Redactor redactor, Config config) {
        this(dataSource, Clock.systemUTC(), Duration.ofSeconds(config.leaseSeconds()),
                new Backoff(Duration.ofSeconds(config.firstRetrySeconds()), Duration.ofSeconds(config.longestRetrySeconds()),
                        config.maxAttempts()), redactor);
        timer.scheduleWithFixedDelay(this::poll, config.pollSeconds(), Math.max(1, config.pollSeconds()), TimeUnit.SECONDS);
    }

    /** A runner that runs only when {@link #runDue()} is called (tests move the clock), with the platform's redactor. */
    public JobRunner(DataSource dataSource, Clock clock, Duration lease, Backoff backoff) {
        this(dataSource, clock, lease, backoff, new UkRedactor());
    }

    private JobRunner(DataSource dataSource, Clock clock, Duration lease, Backoff backoff, Redactor redactor) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.lease = lease;
        this.backoff = backoff;
        this.redactor = redactor;
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "folkmoot-jobs");
            t.setDaemon(true);
            return t;
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + JobHandler.NAME_PROPERTY + "=*)")
    public void addHandler(JobHandler handler, Map<String, Object> properties) {
        handlers.put(String.valueOf(properties.get(JobHandler.NAME_PROPERTY)), handler);
    }

    public void removeHandler(JobHandler handler, Map<String, Object> properties) {
        handlers.remove(String.valueOf(properties.get(JobHandler.NAME_PROPERTY)), handler);
    }

    /** For tests: a handler without the service registry. */
    public void register(String name, JobHandler handler) {
        handlers.put(name, handler);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void poll() {
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for due jobs: {}", e.getMessage());
        }
    }

    /** Runs every job that is due now and that this runtime has a handler for; returns how many ran. */
    public int runDue() {
        int ran = 0;
        for (int round = 0; round < 50; round++) {
            Instant now = clock.instant();
            List<String[]> due = Jdbc.inTransaction(dataSource, c -> JobTable.due(c, handlers.keySet(), now, BATCH));
            int before = ran;
            for (String[] nameKey : due) {
                Optional<Job> claimed = Jdbc.inTransaction(dataSource,
                        c -> JobTable.claim(c, nameKey[0], nameKey[1], owner, clock.instant(), lease));
                if (claimed.isPresent() && run(claimed.get())) {
                    ran++;
                }
            }
            if (due.size() < BATCH || ran == before) {
                break;
            }
        }
        return ran;
    }

    /** For tests: takes the lease of a job as if about to run it, then never finishes (a runtime that died). */
    public Optional<Job> claimOnly(String name, String key) {
        return Jdbc.inTransaction(dataSource, c -> JobTable.claim(c, name, key, owner, clock.instant(), lease));
    }

    private boolean run(Job job) {
        JobHandler handler = handlers.get(job.name());
        Throwable failure = null;
        if (handler == null) {
            failure = new IllegalStateException("no handler for " + job.name() + " any more");
        } else {
            try {
                handler.run(job);
            } catch (Exception | LinkageError e) {
                failure = e;
            }
        }
        Throwable f = failure;
        Jdbc.inTransaction(dataSource, c -> f == null ? succeeded(c, job) : failed(c, job, f));
        return f == null;
    }

    private boolean succeeded(Connection c, Job job) throws java.sql.SQLException {
        Instant now = clock.instant();
        Optional<Duration> every = JobTable.interval(c, job.name(), job.key());
        if (every.isPresent()) {
            return JobTable.finish(c, job, owner, JobTable.PENDING, now.plus(every.get()), true, null, now);
        }
        return JobTable.finish(c, job, owner, JobTable.DONE, job.dueAt(), true, null, now);
    }

    private boolean failed(Connection c, Job job, Throwable failure) throws java.sql.SQLException {
        Instant now = clock.instant();
        String error = describe(failure);
        LOG.warn("Job {} '{}' failed (attempt {}): {}", job.name(), job.key(), job.attempt(), error);
        Optional<Duration> every = JobTable.interval(c, job.name(), job.key());
        if (job.attempt() < backoff.maxAttempts()) {
            return JobTable.finish(c, job, owner, JobTable.PENDING, now.plus(backoff.after(job.attempt())), false, error, now);
        }
        if (every.isPresent()) {
            // a recurring job that used up its retries waits for its next regular run
            return JobTable.finish(c, job, owner, JobTable.PENDING, now.plus(every.get()), true, error, now);
        }
        return JobTable.finish(c, job, owner, JobTable.FAILED, job.dueAt(), false, error, now);
    }

    /**
     * The message officers read and the log keeps: no personal data (SMTP errors quote addresses, a
     * handler's may quote what a resident wrote), at most 2,000 characters.
     */
    String describe(Throwable t) {
        String m = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        m = redactor.redact(m, "en");
        return m.length() > 2000 ? m.substring(0, 1999) + "\u2026" : m;
    }
}
