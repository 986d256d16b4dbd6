package org.folkmoot.plans.internal.rest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.plans.internal.comments.Comments;
import org.folkmoot.plans.internal.reminders.ReportReminders;
import org.folkmoot.plans.internal.rules.PlanRuleBook;
import org.folkmoot.plans.internal.store.PlanStore;
import org.folkmoot.platform.internal.archive.JdbcContributionArchive;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.folkmoot.platform.internal.jobs.Backoff;
import org.folkmoot.platform.internal.jobs.DatabaseJobScheduler;
import org.folkmoot.platform.internal.jobs.JobRunner;
import org.folkmoot.platform.internal.mail.MailTemplates;
import org.folkmoot.platform.internal.mail.OutboxNotifications;
import org.folkmoot.platform.internal.privacy.UkRedactor;
import org.folkmoot.platform.internal.security.Accounts;
import org.folkmoot.platform.internal.security.AuthorPseudonyms;
import org.folkmoot.platform.internal.security.PasswordHasher;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.folkmoot.testkit.TestClock;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The module over the platform's real parts on H2 in PostgreSQL mode (the platform's and this
 * module's migrations applied): storage, the contribution archive, redaction, pseudonyms, jobs and
 * the mail outbox, on a test clock.
 */
final class PlansHarness {
    final TestClock clock;
    final JdbcDataSource ds = new JdbcDataSource();
    final PlanStore store;
    final JdbcContributionArchive archive;
    final Comments comments;
    final PlansResource api;
    final PlanPages pages;
    final OfficerPages officerPages;
    final NewPlanPage newPlan;
    final SectionPages sectionPages;
    final DraftImportPage importPage;
    final ActionProgressPage progressPage;
    final DatabaseJobScheduler jobs;
    final JobRunner runner;

    PlansHarness(TestClock clock) throws Exception {
        this.clock = clock;
        ds.setURL("jdbc:h2:mem:plans-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String script : List.of("V1__platform", "V2__contribution_link", "V3__jobs_and_mail", "V4__module_roles_and_files")) {
                s.execute("RUNSCRIPT FROM 'classpath:/db/migration/platform/" + script + ".sql'");
            }
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V1__plans.sql'");
        }
        JdbcTransactions transactions = new JdbcTransactions(ds);
        jobs = DatabaseJobScheduler.withClock(ds, clock);
        store = PlanStore.of(ds, transactions, jobs, PlanRuleBook.bundled(), clock);
        archive = new JdbcContributionArchive(ds, new JdbcAuditLog(ds, clock), clock);
        comments = new Comments(archive, new AuthorPseudonyms(ds, null), new UkRedactor());
        api = new PlansResource(store, comments);
        pages = new PlanPages(store, comments);
        officerPages = new OfficerPages(store, comments);
        newPlan = new NewPlanPage(store);
        sectionPages = new SectionPages(store);
        importPage = new DraftImportPage(store, new org.folkmoot.web.internal.MultipartFormReader());
        progressPage = new ActionProgressPage(store);
        OutboxNotifications outbox = new OutboxNotifications("plans", new MailTemplates(
                path -> Optional.ofNullable(PlansHarness.class.getResourceAsStream("/" + path))), jobs, clock);
        runner = new JobRunner(ds, clock, Duration.ofMinutes(5), new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 5));
        runner.register(ReportReminders.JOB, job -> transactions.run(tx -> store.reminders().send(tx, job.payload(), store.plans(), outbox)));
        Accounts accounts = new Accounts(ds, new PasswordHasher(), clock);
        accounts.create("plan-officer", "Morag Officer", null, Set.of("plans.officer"));
        accounts.setContact("plan-officer", "morag@council.example", "en");
    }

    static FolkmootUser user(String id, String... roles) {
        return new FolkmootUser(id, id, Set.of(roles), "test", "csrf-" + id);
    }

    static jakarta.ws.rs.core.SecurityContext as(FolkmootUser user) {
        return org.folkmoot.testkit.TestUsers.as(user);
    }

    List<String[]> outbox() throws Exception {
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
