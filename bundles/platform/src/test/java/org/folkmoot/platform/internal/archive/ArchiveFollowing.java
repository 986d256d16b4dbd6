package org.folkmoot.platform.internal.archive;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;

/** Follows an archive as search does while writers run: by sequence, a page at a time, to the end. */
final class ArchiveFollowing {

    private ArchiveFollowing() {
    }

    /**
     * Polls {@code changesSince} until the writers are done and a last look finds nothing new; checks the
     * sequence only rises.
     *
     * @return how many times each contribution was seen, by id
     */
    static Map<String, Integer> follow(ContributionArchive archive, List<Future<?>> writers) throws Exception {
        Map<String, Integer> seen = new HashMap<>();
        long last = 0;
        boolean done = false;
        while (true) {
            boolean writersDone = writers.stream().allMatch(Future::isDone);
            List<Contribution> page = archive.changesSince(last, 25);
            for (Contribution c : page) {
                assertTrue(c.sequence() > last, "sequence order");
                last = c.sequence();
                seen.merge(c.id(), 1, Integer::sum);
            }
            if (page.isEmpty() && done) {
                break;
            }
            done = writersDone && page.isEmpty();
        }
        for (Future<?> f : writers) {
            f.get();
        }
        return seen;
    }
}
