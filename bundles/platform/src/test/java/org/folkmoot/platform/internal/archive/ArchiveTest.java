package org.folkmoot.platform.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.folkmoot.api.archive.AuthorDetails;
import org.folkmoot.api.archive.ChangeKind;
import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionQuery;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.api.archive.Edit;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.audit.Actor;
import org.folkmoot.platform.internal.TestDb;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArchiveTest {

    @TempDir
    Path tmp;

    static Stream<String> kinds() {
        return TestDb.kinds();
    }

    private static final Container PANEL = new Container("assembly", "climate-2027", "Climate assembly");
    private static final Actor OFFICER = new Actor("officer-1", "127.0.0.1");

    static NewContribution submission(String author, String body) {
        return NewContribution.of("assemblies", PANEL, "submission", author, body).withTitle("On buses");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyChangeTakesTheNextSequenceAndFollowersSeeTheLatestState(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            JdbcAuditLog audit = new JdbcAuditLog(db.ds(), Clock.systemUTC());
            JdbcContributionArchive archive = new JdbcContributionArchive(db.ds(), audit, Clock.systemUTC());
            assertEquals(0, archive.currentSequence());
            Contribution a = archive.append(submission("res-a", "More buses to Cwmbran, please.").withLanguage("en")
                    .withLocality("w06000020").withTags(List.of("Transport", "buses"))).contribution();
            Contribution b = archive.append(submission("res-b", "Mwy o fysiau.").withLanguage("cy")).contribution();
            assertEquals(1, a.sequence());
            assertEquals(2, b.sequence());
            assertEquals("W06000020", a.locality());
            assertEquals(List.of("transport", "buses"), a.tags());

            Contribution edited = archive.edit(a.id(), new Edit(null, "More buses to Cwmbran at night.", null), OFFICER);
            Contribution hidden = archive.hide(b.id(), "Off topic", OFFICER);
            assertEquals(3, edited.sequence());
            assertEquals(4, hidden.sequence());
            assertEquals(ContributionState.HIDDEN, hidden.state());
            assertEquals("Off topic", hidden.moderationNote());

            List<Contribution> all = archive.changesSince(0, 100);
            assertEquals(List.of(a.id(), b.id()), all.stream().map(Contribution::id).toList());
            assertEquals(List.of(3L, 4L), all.stream().map(Contribution::sequence).toList());
            List<Contribution> after3 = archive.changesSince(3, 100);
            assertEquals(1, after3.size());
            assertEquals(ChangeKind.HIDDEN, after3.get(0).lastChange());
            assertTrue(archive.changesSince(4, 100).isEmpty());
            assertEquals(4, archive.currentSequence());

            Contribution back = archive.unhide(b.id(), "Appeal upheld", OFFICER);
            assertEquals(5, back.sequence());
            assertTrue(back.isPublic());
            assertEquals(2, archive.find(ContributionQuery.inContainer("assemblies", PANEL, 10)).size());

            List<String> actions = audit.latest(Long.MAX_VALUE, 10).stream().map(r -> r.action()).toList();
            assertEquals(List.of("archive.unhidden", "archive.hidden", "archive.edited"), actions);
            assertEquals("officer-1", audit.latest(Long.MAX_VALUE, 1).get(0).actor());
            assertEquals("127.0.0.1", audit.latest(Long.MAX_VALUE, 1).get(0).origin());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFollowerPollingWhileManyWritersAppendMissesNothing(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            var archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
            int writers = 4;
            int each = 60;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            java.util.Set<String> seen = new java.util.HashSet<>();
            try {
                List<Future<?>> running = new java.util.ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    running.add(pool.submit(() -> {
                        for (int i = 0; i < each; i++) {
                            if (i % 3 == 0) {
                                archive.append(submission("w" + writer, "note " + i));
                            } else {
                                // Appends inside a longer transaction of a module's own.
                                try (Connection tx = db.ds().getConnection()) {
                                    tx.setAutoCommit(false);
                                    archive.append(tx, submission("w" + writer, "row " + i));
                                    tx.commit();
                                }
                            }
                        }
                        return null;
                    }));
                }
                seen.addAll(ArchiveFollowing.follow(archive, running).keySet());
            } finally {
                pool.shutdownNow();
            }
            assertEquals(writers * each, seen.size(), "the follower saw every contribution exactly by sequence");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void afterSkippingAheadNewChangesComeAfterEverythingSeenBefore(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            var archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
            long seen = archive.append(submission("r", "before the restart")).contribution().sequence();
            archive.skipAhead();
            Contribution next = archive.append(submission("r", "after the restart")).contribution();
            assertTrue(next.sequence() > seen + JdbcContributionArchive.RESTART_GAP - 1);
            assertEquals(List.of(next.id()), archive.changesSince(seen, 10).stream().map(Contribution::id).toList());
            // What a follower has to catch up on is counted in changes, not in the gapped sequence.
            assertEquals(2, archive.countChangesSince(0));
            assertEquals(1, archive.countChangesSince(seen));
            assertEquals(0, archive.countChangesSince(archive.currentSequence()));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void appendingAnExternalIdTwiceStoresItOnce(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            var archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
            var first = archive.append(submission("r", "Text").withExternalId("decidim:1"));
            var again = archive.append(submission("r", "Other text").withExternalId("decidim:1"));
            assertTrue(first.created());
            assertFalse(again.created());
            assertEquals(first.contribution().id(), again.contribution().id());
            assertEquals("Text", archive.byExternalId("decidim:1").orElseThrow().body());
            assertEquals(1, archive.changesSince(0, 10).size());

            // The same external id from many threads at once still gives one contribution.
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> results = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    results.add(pool.submit(() -> archive.append(submission("r", "x").withExternalId("race")).created()));
                }
                int created = 0;
                for (Future<Boolean> f : results) {
                    created += f.get() ? 1 : 0;
                }
                assertEquals(1, created);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aModuleAppendsInItsOwnTransactionAndARollbackLeavesNoTrace(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            var archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
            try (Connection c = db.ds().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE assets_representation (id INT PRIMARY KEY, contribution_id VARCHAR(36))");
            }
            Container transfer = new Container("asset-transfer", "CAT-7", "Old library");
            try (Connection tx = db.ds().getConnection()) {
                tx.setAutoCommit(false);
                var appended = archive.append(tx, NewContribution.of("assets", transfer, "representation", "res-z", "Support it"));
                try (PreparedStatement ps = tx.prepareStatement("INSERT INTO assets_representation VALUES (1, ?)")) {
                    ps.setString(1, appended.contribution().id());
                    ps.executeUpdate();
                }
                tx.rollback();
            }
            assertEquals(0, archive.changesSince(0, 10).size());
            try (Connection tx = db.ds().getConnection()) {
                tx.setAutoCommit(false);
                archive.append(tx, NewContribution.of("assets", transfer, "representation", "res-z", "Support it"));
                tx.commit();
            }
            assertEquals(1, archive.changesSince(0, 10).size());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void erasureReplacesTextRemovesPersonalDataAndReachesFollowers(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            JdbcAuditLog audit = new JdbcAuditLog(db.ds(), Clock.systemUTC());
            var archive = new JdbcContributionArchive(db.ds(), audit, Clock.systemUTC());
            Contribution one = archive.append(submission("res-e", "My street floods every winter").withExternalId("x:1")).contribution();
            Contribution two = archive.append(submission("res-e", "Call me on 07700 900123")).contribution();
            Contribution other = archive.append(submission("res-f", "Keep the library")).contribution();
            archive.hide(two.id(), "Personal data", OFFICER);
            archive.saveAuthorDetails("res-e", new AuthorDetails("Ann Example", "ann@example.org", "", "1 High St"));
            long before = archive.currentSequence();

            assertEquals(2, archive.eraseAuthor("res-e", new Actor("officer-2", "10.0.0.1")));

            List<Contribution> changes = archive.changesSince(before, 10);
            assertEquals(2, changes.size());
            for (Contribution c : changes) {
                assertEquals(ContributionState.ERASED, c.state());
                assertEquals(ChangeKind.ERASED, c.lastChange());
                assertEquals(JdbcContributionArchive.ERASED_BODY, c.body());
                assertEquals("", c.title());
                assertFalse(c.author().contains("res-e"));
            }
            assertTrue(archive.authorDetails("res-e").isEmpty());
            assertTrue(archive.find(ContributionQuery.byAuthor("res-e", 10)).isEmpty());
            assertEquals("Keep the library", archive.get(other.id()).orElseThrow().body());
            // Re-importing the erased contribution does not bring the text back.
            assertFalse(archive.append(submission("res-e", "My street floods every winter").withExternalId("x:1")).created());
            assertEquals(JdbcContributionArchive.ERASED_BODY, archive.get(one.id()).orElseThrow().body());
            assertThrows(IllegalStateException.class, () -> archive.edit(one.id(), new Edit(null, "back", null), OFFICER));
            var last = audit.latest(Long.MAX_VALUE, 1).get(0);
            assertEquals("archive.erased", last.action());
            assertFalse(last.detail().contains("res-e") || last.target().contains("res-e"), "the log keeps no pseudonym");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badContributionsAndUnknownIdsAreRefusedWithoutWriting(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            var archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
            assertThrows(IllegalArgumentException.class, () -> archive.append(submission("r", "   ")));
            assertThrows(IllegalArgumentException.class, () -> archive.append(submission("r", "x").withLanguage("english please")));
            assertThrows(IllegalArgumentException.class, () -> archive.append(submission("r", "x").withLocality("Cardiff")));
            assertThrows(IllegalArgumentException.class, () -> archive.append(submission("r", "x".repeat(100_001))));
            assertThrows(NoSuchElementException.class, () -> archive.hide("nope", "why", OFFICER));
            Contribution c = archive.append(submission("r", "fine")).contribution();
            assertThrows(IllegalArgumentException.class, () -> archive.hide(c.id(), " ", OFFICER));
            assertThrows(IllegalStateException.class, () -> archive.unhide(c.id(), "not hidden", OFFICER));
            assertEquals(1, archive.currentSequence());
        }
    }
}
