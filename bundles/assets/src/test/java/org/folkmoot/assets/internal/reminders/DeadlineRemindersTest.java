package org.folkmoot.assets.internal.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.folkmoot.api.jobs.JobStatus;
import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.cases.Act;
import org.folkmoot.assets.internal.cases.CaseFile;
import org.folkmoot.assets.internal.cases.LandReference;
import org.folkmoot.assets.internal.cases.TestClock;
import org.folkmoot.assets.internal.rest.AssetStore;
import org.folkmoot.platform.internal.jobs.Backoff;
import org.folkmoot.platform.internal.jobs.DatabaseJobScheduler;
import org.folkmoot.platform.internal.jobs.JobRunner;
import org.folkmoot.platform.internal.mail.MailTemplates;
import org.folkmoot.platform.internal.mail.OutboxNotifications;
import org.folkmoot.platform.internal.security.Accounts;
import org.folkmoot.platform.internal.security.PasswordHasher;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case officer's reminder five working days before a statutory deadline, through the
 * platform's real jobs and outbox on H2 (the platform's and this module's migrations applied).
 */
class DeadlineRemindersTest {
    private static final LandReference HALL = new LandReference("010000480247", "10/00022/LAND", "Pittville Crescent hall");

    private final TestClock clock = new TestClock(LocalDate.of(2026, 3, 2));
    private JdbcDataSource ds;
    private AssetStore store;
    private DatabaseJobScheduler jobs;
    private JobRunner runner;

    @BeforeEach
    void start() throws Exception {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:reminders-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/platform/V1__platform.sql'");
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/platform/V3__jobs_and_mail.sql'");
            // Accounts keep their roles in account_role since V4.
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/platform/V4__module_roles_and_files.sql'");
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V1__assets.sql'");
        }
        Accounts accounts = new Accounts(ds, new PasswordHasher(), clock);
        accounts.create("case-officer", "Catrin Morgan", null, Set.of("assets.officer"));
        accounts.setContact("case-officer", "catrin@council.example", "cy");
        JdbcTransactions transactions = new JdbcTransactions(ds);
        jobs = DatabaseJobScheduler.withClock(ds, clock);
        store = AssetStore.withReminders(ds, transactions, jobs, clock);
        OutboxNotifications outbox = new OutboxNotifications("assets", new MailTemplates(
                path -> Optional.ofNullable(DeadlineRemindersTest.class.getResourceAsStream("/" + path))), jobs, clock);
        runner = new JobRunner(ds, clock, Duration.ofMinutes(5), new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 5));
        runner.register(DeadlineReminders.JOB, new DeadlineReminderJob(store, transactions, outbox));
    }

    @Test
    void fiveWorkingDaysBeforeSkipWeekendsAndBankHolidays() {
        WorkingDayCalendar scotland = WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND);
        assertEquals(LocalDate.of(2026, 9, 1), DeadlineReminders.remindOn(LocalDate.of(2026, 9, 8), scotland));
        // Christmas and New Year (25, 28 December, 1 and 4 January are Scottish bank holidays in 2026/27)
        assertEquals(LocalDate.of(2026, 12, 24), DeadlineReminders.remindOn(LocalDate.of(2027, 1, 6), scotland));
    }

    @Test
    void theOfficerWhoOpenedTheCaseIsRemindedInTheirLanguageFiveWorkingDaysBeforeTheDecisionDeadline() throws Exception {
        store.cases().openRequest("ATR-31", HALL, "Pittville Trust", "OWNERSHIP", null,
                new Act(LocalDate.of(2026, 3, 2), "case-officer", ""));
        clock.set(LocalDate.of(2026, 3, 4));
        store.cases().step("ATR-31", "validated", new Act(LocalDate.of(2026, 3, 4), "another-officer", ""), Map.of());

        LocalDate lastDay = store.cases().load("ATR-31").orElseThrow().deadlines().stream()
                .filter(d -> d.key().equals("decision")).findFirst().orElseThrow().lastDay();
        LocalDate remindOn = DeadlineReminders.remindOn(lastDay, WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND));
        JobStatus job = jobs.job(DeadlineReminders.JOB, "ATR-31/decision/" + lastDay).orElseThrow();
        assertEquals(remindOn.atTime(9, 0).atZone(CaseFile.UK).toInstant(), job.dueAt());

        clock.set(remindOn.atTime(8, 59).atZone(CaseFile.UK).toInstant());
        assertEquals(0, runner.runDue(), "not before 09:00 on the day");
        assertTrue(outbox().isEmpty());
        clock.set(remindOn.atTime(9, 0).atZone(CaseFile.UK).toInstant());
        assertEquals(1, runner.runDue());

        List<String[]> mail = outbox();
        assertEquals(1, mail.size());
        assertEquals("catrin@council.example", mail.get(0)[0], "the officer who opened the case, not the last to act");
        assertEquals("cy", mail.get(0)[1]);
        String month = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("cy"))
                .format(lastDay);
        assertEquals("Achos ATR-31: Hysbysiad o\u2019r penderfyniad i\u2019r corff cymunedol erbyn " + month, mail.get(0)[2]);
        assertTrue(mail.get(0)[3].contains("/asset-transfers/dashboard?lang=cy"), mail.get(0)[3]);
    }

    @Test
    void aDeadlineThatMovedSendsNoReminderForItsOldDay() throws Exception {
        store.cases().openRequest("ATR-32", HALL, "Pittville Trust", "OWNERSHIP", null,
                new Act(LocalDate.of(2026, 3, 2), "case-officer", ""));
        clock.set(LocalDate.of(2026, 3, 4));
        store.cases().step("ATR-32", "validated", new Act(LocalDate.of(2026, 3, 4), "case-officer", ""), Map.of());
        clock.set(LocalDate.of(2026, 5, 1));
        store.cases().step("ATR-32", "decision-period-extended", new Act(LocalDate.of(2026, 5, 1), "case-officer", ""),
                Map.of("newLastDay", "2026-10-30"));
        List<JobStatus> planned = jobs.jobs(DeadlineReminders.JOB);
        assertEquals(2, planned.size(), "the first decision day and the extended one: " + planned);

        clock.set(LocalDate.of(2026, 10, 30).atTime(9, 0).atZone(CaseFile.UK).toInstant());
        assertEquals(2, runner.runDue());
        assertEquals(1, outbox().size(), "only the extended deadline is reminded of");
        assertTrue(outbox().get(0)[2].contains("30 Hydref 2026"), outbox().get(0)[2]);
    }

    private List<String[]> outbox() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT recipient, language, subject, body FROM platform_outbox ORDER BY created")) {
            List<String[]> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
            return out;
        }
    }
}
