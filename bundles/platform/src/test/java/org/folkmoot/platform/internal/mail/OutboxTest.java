package org.folkmoot.platform.internal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.folkmoot.api.jobs.JobStatus;
import org.folkmoot.api.notifications.Notification;
import org.folkmoot.api.notifications.Recipient;
import org.folkmoot.platform.internal.Jdbc;
import org.folkmoot.platform.internal.TestDb;
import org.folkmoot.platform.internal.jobs.Backoff;
import org.folkmoot.platform.internal.jobs.DatabaseJobScheduler;
import org.folkmoot.platform.internal.jobs.JobRunner;
import org.folkmoot.platform.internal.security.Accounts;
import org.folkmoot.platform.internal.security.PasswordHasher;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/** The outbox and the SMTP sender against GreenMail, a real SMTP server in this JVM. */
class OutboxTest {
    private static final Instant START = Instant.parse("2027-05-10T08:00:00Z");

    @TempDir
    Path tmp;

    private GreenMail smtp;

    static Stream<String> kinds() {
        return TestDb.kinds();
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private record Rig(TestDb db, TestClock clock, OutboxNotifications outbox, JobRunner runner, DatabaseJobScheduler jobs) {
    }

    private Rig rig(String kind, int port) throws Exception {
        TestDb db = TestDb.platform(kind, tmp);
        TestClock clock = TestClock.at(START);
        DatabaseJobScheduler jobs = DatabaseJobScheduler.withClock(db.ds(), clock);
        MailTemplates templates = new MailTemplates(path -> Optional.ofNullable(OutboxTest.class.getResourceAsStream("/" + path)));
        OutboxNotifications outbox = new OutboxNotifications("assets", templates, jobs, clock);
        JobRunner runner = new JobRunner(db.ds(), clock, Duration.ofMinutes(5),
                new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30), 8));
        runner.register(Outbox.JOB, new SmtpMailer(db.ds(),
                new SmtpMailer.Settings("127.0.0.1", port, "Folkmoot <no-reply@council.example>", "", "", false), clock));
        Accounts accounts = new Accounts(db.ds(), new PasswordHasher(), clock);
        accounts.create("officer-en", "Rhiannon Evans", null, Set.of("assets.officer"));
        accounts.create("officer-cy", "Dafydd Jones", null, Set.of("assets.officer"));
        accounts.create("no-email", "Sam", null, Set.of("assets.officer"));
        assertTrue(accounts.setContact("officer-en", "rhiannon@council.example", "en"));
        assertTrue(accounts.setContact("officer-cy", "dafydd@council.example", "cy"));
        return new Rig(db, clock, outbox, runner, jobs);
    }

    private static Notification reminder(String account) {
        return new Notification(Recipient.account(account), "test-reminder",
                Map.of("caseId", "ATR-7", "what", "the decision", "lastDay", "2027-05-15"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCommittedNotificationArrivesInTheRecipientsLanguageAndARolledBackOneNever(String kind) throws Exception {
        int port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
        smtp.start();
        Rig r = rig(kind, port);
        try (TestDb db = r.db()) {
            Jdbc.inTransaction(db.ds(), tx -> {
                assertTrue(r.outbox().send(tx, reminder("officer-en")));
                assertTrue(r.outbox().send(tx, reminder("officer-cy")));
                assertFalse(r.outbox().send(tx, reminder("no-email")), "an account without an address gets nothing");
                return null;
            });
            assertThrows(IllegalStateException.class, () -> Jdbc.inTransaction(db.ds(), tx -> {
                r.outbox().send(tx, new Notification(Recipient.address("rolled-back@council.example", "en"), "test-reminder",
                        Map.of("caseId", "ATR-8", "what", "nothing", "lastDay", "2027-06-01")));
                throw new IllegalStateException("the change that caused it failed");
            }));

            assertEquals(2, r.runner().runDue());
            MimeMessage[] got = smtp.getReceivedMessages();
            assertEquals(2, got.length);
            MimeMessage en = to(got, "rhiannon@council.example");
            assertEquals("Reminder: the decision by 15 May 2027", en.getSubject());
            assertEquals("Case ATR-7: the decision is due by 15 May 2027.\r\n\r\nThis reminder was sent by Folkmoot.",
                    GreenMailUtil.getBody(en).strip());
            MimeMessage cy = to(got, "dafydd@council.example");
            assertEquals("Nodyn atgoffa: the decision erbyn 15 Mai 2027", cy.getSubject());
            assertTrue(GreenMailUtil.getBody(cy).contains("ddyledus erbyn 15 Mai 2027"), GreenMailUtil.getBody(cy));
            assertEquals("cy", cy.getHeader("Content-Language")[0]);

            r.clock().advance(Duration.ofHours(1));
            assertEquals(0, r.runner().runDue(), "each message is sent once");
            assertEquals(2, smtp.getReceivedMessages().length);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void whileTheSmtpServerIsDownTheMessageWaitsWithItsErrorAndIsDeliveredLater(String kind) throws Exception {
        int port = freePort(); // nothing listens there yet
        Rig r = rig(kind, port);
        try (TestDb db = r.db()) {
            Jdbc.inTransaction(db.ds(), tx -> r.outbox().send(tx, reminder("officer-en")));
            assertEquals(0, r.runner().runDue());
            JobStatus s = r.jobs().jobs(Outbox.JOB).get(0);
            assertEquals("PENDING", s.state());
            assertEquals(1, s.attempts());
            assertTrue(s.lastError().orElseThrow().contains("127.0.0.1"), s.lastError().toString());
            assertFalse(s.lastError().orElseThrow().contains("rhiannon@"), "no address in what officers read");

            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
            smtp.start();
            assertEquals(0, r.runner().runDue(), "not before its backoff");
            r.clock().advance(Duration.ofSeconds(30));
            assertEquals(1, r.runner().runDue());
            assertEquals(1, smtp.getReceivedMessages().length);
            assertEquals("Reminder: the decision by 15 May 2027", smtp.getReceivedMessages()[0].getSubject());
            assertEquals("DONE", r.jobs().jobs(Outbox.JOB).get(0).state());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aMissingTemplateOrValueIsTheCallersErrorAndWritesNothing(String kind) throws Exception {
        Rig r = rig(kind, freePort());
        try (TestDb db = r.db()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Jdbc.inTransaction(db.ds(),
                    tx -> r.outbox().send(tx, new Notification(Recipient.account("officer-en"), "no-such", Map.of()))));
            assertTrue(e.getMessage().contains("mail/no-such.properties"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Jdbc.inTransaction(db.ds(),
                    tx -> r.outbox().send(tx, new Notification(Recipient.account("officer-en"), "test-reminder", Map.of("caseId", "x")))));
            assertTrue(e.getMessage().contains("{what}"), e.getMessage());
            assertTrue(r.jobs().jobs(Outbox.JOB).isEmpty());
        }
    }

    private static MimeMessage to(MimeMessage[] messages, String address) throws Exception {
        for (MimeMessage m : messages) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                return m;
            }
        }
        throw new AssertionError("no message to " + address);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
