package org.folkmoot.platform.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.folkmoot.api.archive.Appended;
import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.platform.internal.TestDb;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code appendAll}: the rules of {@code append}, many at once, on H2 and PostgreSQL. */
class BatchAppendTest {

    @TempDir
    Path tmp;

    static Stream<String> kinds() {
        return TestDb.kinds();
    }

    private static final Container SITE = new Container("decidim-component", "example:7", "Budgets: proposals");

    private static NewContribution item(String externalId, String body) {
        NewContribution c = NewContribution.of("connector-decidim", SITE, "proposal", "res-" + body.length(), body)
                .withTitle("A bench").withLink("https://decidim.example.gov.uk/processes/p/f/7/proposals/1");
        return externalId == null ? c : c.withExternalId(externalId);
    }

    private static JdbcContributionArchive archive(TestDb db) {
        return new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aBatchIsAppendedInOrderWithConsecutiveSequencesAndExternalIdsStoredOnce(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            JdbcContributionArchive archive = archive(db);
            Contribution before = archive.append(item("decidim:x:proposal:2", "Stored before")).contribution();

            List<Appended> out = archive.appendAll(List.of(item("decidim:x:proposal:1", "First"),
                    item("decidim:x:proposal:2", "Changed at the source"), item(null, "No external id"),
                    item("decidim:x:proposal:1", "First again, in the same batch"), item(null, "No external id"),
                    item("decidim:x:proposal:3", "Third")));

            assertEquals(List.of(true, false, true, false, true, true), out.stream().map(Appended::created).toList());
            assertEquals(before.id(), out.get(1).contribution().id(), "an id already stored answers what is stored");
            assertEquals("Stored before", out.get(1).contribution().body());
            assertEquals(out.get(0).contribution().id(), out.get(3).contribution().id(), "the same id twice in a batch is one");
            assertEquals("First", out.get(3).contribution().body());
            assertEquals(List.of(2L, 3L, 4L, 5L), Stream.of(0, 2, 4, 5).map(i -> out.get(i).contribution().sequence()).toList(),
                    "the new ones take the next sequence numbers in the order given");
            assertEquals(5, archive.currentSequence());

            List<Contribution> followed = archive.changesSince(0, 100);
            assertEquals(5, followed.size());
            Contribution first = archive.byExternalId("decidim:x:proposal:1").orElseThrow();
            assertEquals(out.get(0).contribution(), first, "what appendAll answers is what the archive holds");
            assertEquals("https://decidim.example.gov.uk/processes/p/f/7/proposals/1", first.link());
            assertEquals(2, followed.stream().filter(c -> c.externalId().isEmpty()).count(), "no external id is stored as none");

            List<Appended> again = archive.appendAll(List.of(item("decidim:x:proposal:1", "First"),
                    item("decidim:x:proposal:3", "Third")));
            assertFalse(again.get(0).created() || again.get(1).created());
            assertEquals(5, archive.currentSequence(), "a batch of what is there takes no sequence number");
            assertEquals(List.of(), archive.appendAll(List.of()));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void oneBadContributionRefusesTheBatchAndARollbackLeavesNoTrace(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            JdbcContributionArchive archive = archive(db);
            NewContribution blank = item("decidim:x:proposal:9", "x").withTitle("t".repeat(1001));
            assertThrows(IllegalArgumentException.class,
                    () -> archive.appendAll(List.of(item("decidim:x:proposal:8", "Fine"), blank)));
            assertEquals(List.of(), archive.changesSince(0, 10));

            try (Connection tx = db.ds().getConnection()) {
                tx.setAutoCommit(false);
                archive.appendAll(tx, List.of(item("decidim:x:proposal:8", "Fine"), item(null, "Also fine")));
                tx.rollback();
            }
            assertEquals(List.of(), archive.changesSince(0, 10));
            assertTrue(archive.byExternalId("decidim:x:proposal:8").isEmpty());
        }
    }

    /**
     * Writers append overlapping batches (and single items) while a follower polls the sequence as search's
     * does: every external id is stored once, and the follower sees every contribution, each once.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void aFollowerSeesEveryItemOfConcurrentBatchesOnce(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            JdbcContributionArchive archive = archive(db);
            int writers = 3;
            int batches = 12;
            int size = 40;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            Map<String, Integer> seenTimes = new HashMap<>();
            Set<String> createdIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    running.add(pool.submit(() -> {
                        for (int b = 0; b < batches; b++) {
                            // Every writer appends the same external ids (a race on each), plus some of its own.
                            int batch = b;
                            List<NewContribution> list = IntStream.range(0, size).mapToObj(i -> i % 4 == 3
                                    ? item(null, "w" + writer + " b" + batch + " i" + i)
                                    : item("decidim:x:proposal:" + (batch * size + i), "item " + i)).toList();
                            List<Appended> out;
                            if (b % 2 == 0) {
                                out = archive.appendAll(list);
                            } else {
                                try (Connection tx = db.ds().getConnection()) {
                                    tx.setAutoCommit(false);
                                    out = archive.appendAll(tx, list);
                                    tx.commit();
                                }
                            }
                            out.stream().filter(Appended::created).forEach(a -> createdIds.add(a.contribution().id()));
                            if (archive.append(item("decidim:x:single:" + batch, "single")).created()) {
                                createdIds.add(archive.byExternalId("decidim:x:single:" + batch).orElseThrow().id());
                            }
                        }
                        return null;
                    }));
                }
                seenTimes.putAll(ArchiveFollowing.follow(archive, running));
            } finally {
                pool.shutdownNow();
            }
            int shared = batches * size * 3 / 4;
            int own = writers * batches * size / 4;
            assertEquals(shared + own + batches, createdIds.size(), "each external id created once, by one writer");
            assertEquals(createdIds, new HashSet<>(seenTimes.keySet()), "the follower saw every contribution");
            assertTrue(seenTimes.values().stream().allMatch(n -> n == 1), "and each once");
            assertEquals(createdIds.size(), archive.countChangesSince(0));
        }
    }
}
