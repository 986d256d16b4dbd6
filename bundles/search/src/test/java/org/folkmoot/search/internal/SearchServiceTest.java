package org.folkmoot.search.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.folkmoot.api.archive.ChangeKind;
import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.platform.internal.container.ContainerRegistry;
import org.folkmoot.platform.internal.privacy.UkRedactor;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.search.internal.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

/** The component as DS runs it: follows an archive in the background, survives restarts and a reset archive. */
class SearchServiceTest {

    @TempDir
    Path data;

    private final List<Contribution> archive = new CopyOnWriteArrayList<>();

    private ContributionArchive archive() {
        return archiveOf(archive);
    }

    /** An archive of the contributions in the list, in sequence order, as the follower asks for them. */
    static ContributionArchive archiveOf(List<Contribution> archive) {
        return (ContributionArchive) Proxy.newProxyInstance(SearchServiceTest.class.getClassLoader(),
                new Class<?>[] {ContributionArchive.class}, (p, m, a) -> switch (m.getName()) {
                    case "changesSince" -> archive.stream().filter(c -> c.sequence() > (Long) a[0])
                            .limit((Integer) a[1]).toList();
                    case "currentSequence" -> archive.isEmpty() ? 0L : archive.get(archive.size() - 1).sequence();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private BundleContext context() {
        return contextWith(data);
    }

    /** A bundle context whose folkmoot.data is the directory. */
    static BundleContext contextWith(Path data) {
        return (BundleContext) Proxy.newProxyInstance(SearchServiceTest.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (p, m, a) -> m.getName().equals("getProperty") && "folkmoot.data".equals(a[0]) ? data.toString() : null);
    }

    static SearchConfig config() {
        return (SearchConfig) Proxy.newProxyInstance(SearchServiceTest.class.getClassLoader(),
                new Class<?>[] {SearchConfig.class}, (p, m, a) -> switch (m.getName()) {
                    case "indexDirectory" -> "";
                    case "maxStaleMillis" -> 100;
                    case "commitIntervalMillis" -> 1_000;
                    case "pollIntervalMillis" -> 50;
                    case "batchSize" -> 100;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private void publish(String id, String body) {
        long seq = archive.size() + 1;
        archive.add(new Contribution(id, "", "plans", new Container("plan", "p1", "Plan"), "comment", "", body, "en", "",
                "a1", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"),
                ContributionState.PUBLISHED, List.of(), seq, ChangeKind.CREATED, ""));
    }

    /**
     * Waits for what the service does in its own threads. Generous: how soon is a promise for the
     * benchmarks and process tests, not for a unit test on a shared machine.
     */
    private static void eventually(String what, Callable<Boolean> condition) {
        await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(condition);
    }

    private static long total(SearchService s, String q) {
        try {
            return s.search(SearchRequest.of(q)).total();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void followsTheArchiveAndResumesAfterRestart() throws Exception {
        for (int i = 0; i < 150; i++) {
            publish("c" + i, "cycle lanes on the high street " + i);
        }
        SearchService service = new SearchService(context(), config(), archive(), new UkRedactor(), new ContainerRegistry(List.of()));
        try {
            eventually("imported", () -> total(service, "cycle") == 150);
            assertTrue(service.health().isUp());
            publish("new", "a brand new skatepark");
            eventually("searchable without a refresh being asked for", () -> total(service, "skatepark") == 1);
        } finally {
            service.deactivate();
        }
        publish("while-down", "written while search was stopped: bandstand");
        SearchService again = new SearchService(context(), config(), archive(), new UkRedactor(), new ContainerRegistry(List.of()));
        try {
            eventually("caught up after restart", () -> total(again, "bandstand") == 1);
            assertEquals(151, total(again, "cycle skatepark"), "AND finds nothing, so any word counts");
            assertEquals(152, again.progress().applied());
            eventually("says on /health it is up to date", () -> again.health().message()
                    .equals("Up to date with the archive at sequence 152"));
        } finally {
            again.deactivate();
        }
    }

    @Test
    void anArchiveBehindTheIndexMeansADifferentArchiveAndTheIndexIsRebuilt() throws Exception {
        publish("a", "old archive text about ducks");
        publish("b", "more old ducks");
        SearchService service = new SearchService(context(), config(), archive(), new UkRedactor(), new ContainerRegistry(List.of()));
        try {
            eventually("both ducks", () -> total(service, "ducks") == 2);
            archive.clear();
            publish("x", "a new archive about geese");
            eventually("the index rebuilt from the new archive", () -> total(service, "geese") == 1 && total(service, "ducks") == 0);
        } finally {
            service.deactivate();
        }
    }
}
