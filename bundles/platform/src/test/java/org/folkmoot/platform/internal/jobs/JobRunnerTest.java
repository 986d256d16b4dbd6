package org.folkmoot.platform.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobStatus;
import org.folkmoot.platform.internal.Jdbc;
import org.folkmoot.platform.internal.TestDb;
import org.folkmoot.testkit.TestClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two runners on one database stand for two runtimes sharing one PostgreSQL. */
class JobRunnerTest {
    private static final Instant START = Instant.parse("2027-05-10T08:00:00Z");
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), 3);
    private static final Duration LEASE = Duration.ofMinutes(5);

    @TempDir
    Path tmp;

    static Stream<String> kinds() {
        return TestDb.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDueJobRunsOnceAcrossTwoRuntimesRacingForIt(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            TestClock clock = TestClock.at(START);
            DatabaseJobScheduler scheduler = DatabaseJobScheduler.withClock(db.ds(), clock);
            List<String> runs = new CopyOnWriteArrayList<>();
            JobRunner a = new JobRunner(db.ds(), clock, LEASE, BACKOFF);
            JobRunner b = new JobRunner(db.ds(), clock, LEASE, BACKOFF);
            a.register("test.remind", job -> runs.add("a:" + job.key() + ":" + job.payload()));
            b.register("test.remind", job -> runs.add("b:" + job.key() + ":" + job.payload()));
            for (int i = 0; i < 20; i++) {
                assertTrue(scheduler.schedule(JobRequest.once("test.remind", "case-" + i, START.plusSeconds(60), "p" + i)));
            }
            // the same idempotency key again changes nothing
            assertFalse(scheduler.schedule(JobRequest.once("test.remind", "case-0", START, "other")));

            assertEquals(0, a.runDue() + b.runDue(), "nothing is due before its time");
            clock.advance(Duration.ofMinutes(2));
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> runA = () -> { together.await(); return a.runDue(); };
                Callable<Integer> runB = () -> { together.await(); return b.runDue(); };
                Future<Integer> fa = pool.submit(runA);
                Future<Integer> fb = pool.submit(runB);
                assertEquals(20, fa.get() + fb.get());
            } finally {
                pool.shutdownNow();
            }
            assertEquals(20, runs.size(), runs.toString());
            assertEquals(20, runs.stream().map(r -> r.substring(2)).distinct().count(), "each job ran once: " + runs);
            assertTrue(runs.contains("a:case-3:p3") || runs.contains("b:case-3:p3"));
            assertEquals(0, a.runDue() + b.runDue(), "a finished job does not run again");
            assertEquals("DONE", scheduler.job("test.remind", "case-7").orElseThrow().state());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void whenTheOwnerDiesTheLeaseExpiresAndTheOtherRuntimeRunsTheJob(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            TestClock clock = TestClock.at(START);
            DatabaseJobScheduler scheduler = DatabaseJobScheduler.withClock(db.ds(), clock);
            AtomicInteger ranOnB = new AtomicInteger();
            JobRunner a = new JobRunner(db.ds(), clock, LEASE, BACKOFF);
            JobRunner b = new JobRunner(db.ds(), clock, LEASE, BACKOFF);
            a.register("test.close", job -> { });
            b.register("test.close", job -> ranOnB.incrementAndGet());
            scheduler.schedule(JobRequest.once("test.close", "consultation-9", START, ""));

            assertTrue(a.claimOnly("test.close", "consultation-9").isPresent()); // a takes it, then dies
            assertEquals(0, b.runDue(), "b leaves a job another runtime holds");
            clock.advance(LEASE.minusSeconds(1));
            assertEquals(0, b.runDue());
            clock.advance(Duration.ofSeconds(2));
            assertEquals(1, b.runDue(), "the lease expired: b runs it");
            assertEquals(1, ranOnB.get());
            JobStatus s = scheduler.job("test.close", "consultation-9").orElseThrow();
            assertEquals("DONE", s.state());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFailingJobIsRetriedWithBackoffKeepsItsLastErrorAndSurvivesARestart(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            TestClock clock = TestClock.at(START);
            DatabaseJobScheduler scheduler = DatabaseJobScheduler.withClock(db.ds(), clock);
            AtomicInteger calls = new AtomicInteger();
            JobRunner first = new JobRunner(db.ds(), clock, LEASE, BACKOFF);
            first.register("test.sync", job -> {
                calls.incrementAndGet();
                throw new IllegalStateException("mail server said 550 for clerk@council.example");
            });
            Jdbc.inTransaction(db.ds(), tx -> scheduler.schedule(tx, JobRequest.once("test.sync", "nightly", START, "")));
            assertEquals(0, first.runDue());
            JobStatus s = scheduler.job("test.sync", "nightly").orElseThrow();
            assertEquals("PENDING", s.state());
            assertEquals(1, s.attempts());
            assertEquals("mail server said 550 for [email removed]", s.lastError().orElseThrow());
            assertEquals(START.plusSeconds(30), s.dueAt(), "first retry 30 s later");

            clock.advance(Duration.ofSeconds(29));
            first.runDue();
            assertEquals(1, calls.get(), "not before its backoff");
            clock.advance(Duration.ofSeconds(1));
            first.runDue();
            assertEquals(2, calls.get());
            assertEquals(clock.instant().plusSeconds(60), scheduler.job("test.sync", "nightly").orElseThrow().dueAt(),
                    "the wait doubles");

            // a restart: a new runner (same database) with a handler that works now
            JobRunner restarted = new JobRunner(db.ds(), clock, LEASE, BACKOFF);
            restarted.register("test.sync", job -> calls.incrementAndGet());
            clock.advance(Duration.ofMinutes(1));
            assertEquals(1, restarted.runDue());
            s = scheduler.job("test.sync", "nightly").orElseThrow();
            assertEquals("DONE", s.state());
            assertTrue(s.lastError().isEmpty(), "a success clears the error");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aOneOffJobStopsAfterItsAttemptsAndARecurringJobRunsEveryInterval(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            TestClock clock = TestClock.at(START);
            DatabaseJobScheduler scheduler = DatabaseJobScheduler.withClock(db.ds(), clock);
            JobRunner runner = new JobRunner(db.ds(), clock, LEASE, BACKOFF);
            AtomicInteger nightly = new AtomicInteger();
            runner.register("test.broken", job -> { throw new IllegalStateException("always"); });
            runner.register("test.nightly", job -> nightly.incrementAndGet());
            scheduler.schedule(JobRequest.once("test.broken", "x", START, ""));
            scheduler.schedule(JobRequest.every("test.nightly", "sync", START, Duration.ofDays(1)));
            for (int i = 0; i < 5; i++) {
                runner.runDue();
                clock.advance(Duration.ofMinutes(10));
            }
            assertEquals("FAILED", scheduler.job("test.broken", "x").orElseThrow().state());
            assertEquals(3, scheduler.job("test.broken", "x").orElseThrow().attempts());
            assertEquals(1, nightly.get());
            clock.advance(Duration.ofDays(1));
            runner.runDue();
            assertEquals(2, nightly.get());
            assertEquals("PENDING", scheduler.job("test.nightly", "sync").orElseThrow().state());
            // a runtime without a handler for a name leaves its jobs alone
            scheduler.schedule(JobRequest.once("other.module", "y", START, ""));
            clock.advance(Duration.ofDays(2));
            runner.runDue();
            assertEquals(0, scheduler.job("other.module", "y").orElseThrow().attempts());
            // a rolled-back transaction schedules nothing
            try {
                Jdbc.inTransaction(db.ds(), tx -> {
                    scheduler.schedule(tx, JobRequest.once("test.nightly", "rolled-back", START, ""));
                    throw new IllegalStateException("the change failed");
                });
            } catch (IllegalStateException expected) {
                // as intended
            }
            assertTrue(scheduler.job("test.nightly", "rolled-back").isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFailuresRecordedErrorHoldsNoPersonalData(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            TestClock clock = TestClock.at(START);
            DatabaseJobScheduler scheduler = DatabaseJobScheduler.withClock(db.ds(), clock);
            JobRunner runner = new JobRunner(db.ds(), clock, LEASE, BACKOFF);
            runner.register("test.mail", job -> {
                throw new IllegalStateException("550 No such user jo.bloggs@example.org (call 029 2087 2087, CF10 1AA)");
            });
            scheduler.schedule(JobRequest.once("test.mail", "x", START, ""));
            runner.runDue();
            String error = scheduler.job("test.mail", "x").orElseThrow().lastError().orElseThrow();
            assertEquals("550 No such user [email removed] (call [phone number removed], [postcode removed])", error);
        }
    }
}
