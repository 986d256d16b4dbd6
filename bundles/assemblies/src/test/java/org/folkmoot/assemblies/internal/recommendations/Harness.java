package org.folkmoot.assemblies.internal.recommendations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.implementation.ReportReminderJob;
import org.folkmoot.assemblies.internal.implementation.ReportReminders;
import org.folkmoot.assemblies.internal.response.OverdueResponseJob;
import org.folkmoot.assemblies.internal.response.ResponseDeadline;
import org.folkmoot.assemblies.internal.response.Responses;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.folkmoot.platform.internal.jobs.Backoff;
import org.folkmoot.platform.internal.jobs.DatabaseJobScheduler;
import org.folkmoot.platform.internal.jobs.JobRunner;
import org.folkmoot.platform.internal.mail.MailTemplates;
import org.folkmoot.platform.internal.mail.OutboxNotifications;
import org.folkmoot.platform.internal.security.Accounts;
import org.folkmoot.platform.internal.security.PasswordHasher;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.folkmoot.testkit.TestClock;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Part 2 over the platform's real parts (storage, jobs, the mail outbox, accounts) on a database
 * with the platform's and this module's migrations (V1 and V4), on a test clock: H2 in PostgreSQL
 * mode by default, a real PostgreSQL in {@code PostgresRecommendationsTest}.
 */
public final class Harness {
    public static final String OFFICER = "assembly-officer";
    public static final List<String> SCRIPTS = List.of("/db/migration/platform/V1__platform.sql",
            "/db/migration/platform/V2__contribution_link.sql", "/db/migration/platform/V3__jobs_and_mail.sql",
            "/db/migration/platform/V4__module_roles_and_files.sql", "/db/migration/V1__assemblies.sql",
            "/db/migration/V4__recommendations.sql");

    public final TestClock clock;
    public final DataSource ds;
    public final AssemblyStore store;
    public final DatabaseJobScheduler jobs;
    public final JobRunner runner;
    public final Recommendations recommendations;
    public final Responses responses;
    public final Implementation implementation;

    public Harness(TestClock clock, DataSource ds) throws Exception {
        this.clock = clock;
        this.ds = ds;
        JdbcTransactions tx = new JdbcTransactions(ds);
        store = AssemblyStore.over(tx, clock);
        jobs = DatabaseJobScheduler.withClock(ds, clock);
        recommendations = new Recommendations(store, tx, jobs);
        responses = new Responses(recommendations, jobs);
        implementation = new Implementation(recommendations, jobs);
        OutboxNotifications outbox = new OutboxNotifications("assemblies", new MailTemplates(
                path -> Optional.ofNullable(Harness.class.getResourceAsStream("/" + path))), jobs, clock);
        runner = new JobRunner(ds, clock, Duration.ofMinutes(5), new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 5));
        runner.register(ResponseDeadline.JOB, new OverdueResponseJob(recommendations, outbox));
        runner.register(ReportReminders.JOB, new ReportReminderJob(recommendations, jobs, outbox));
        Accounts accounts = new Accounts(ds, new PasswordHasher(), clock);
        accounts.create(OFFICER, "Gwen Officer", null, Set.of("assemblies.officer"));
        accounts.setContact(OFFICER, "gwen@council.example", "cy");
    }

    /** H2 in PostgreSQL mode, migrated. */
    public static DataSource h2() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:recommendations-" + UUID.randomUUID() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String script : SCRIPTS) {
                s.execute("RUNSCRIPT FROM 'classpath:" + script + "'");
            }
        }
        return ds;
    }

    /** A panel of made-up members (pseudonyms M-001...), as a finished selection round leaves it. */
    public List<String> panel(String assemblyId, int size) {
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            members.add(String.format("M-%03d", i));
        }
        store.selections().queue(assemblyId, false, SelectionAlgorithm.LEXIMIN, "test panel", List.of(), List.of(), "test");
        store.selections().finish(assemblyId, 1, java.util.Map.of(), "", members, 0, 1.0);
        return members;
    }

    /** The outbox: recipient, language, subject, body, oldest first. */
    public List<String[]> outbox() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT recipient, language, subject, body FROM platform_outbox ORDER BY created")) {
            List<String[]> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
            return out;
        }
    }
}
