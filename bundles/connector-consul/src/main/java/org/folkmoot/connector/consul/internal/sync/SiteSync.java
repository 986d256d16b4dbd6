package org.folkmoot.connector.consul.internal.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.folkmoot.connector.consul.internal.client.ConsulClient;
import org.folkmoot.connector.consul.internal.client.ConsulItem;
import org.folkmoot.connector.consul.internal.client.ConsulReader;
import org.folkmoot.connector.consul.internal.client.ItemType;
import org.folkmoot.connector.consul.internal.client.SourceException;

/**
 * One sync of a site: every followed collection, page by page, each item applied by the {@link ItemWriter}; after a
 * complete pass of a collection, what it did not list is asked for by id and hidden only when the site answers that
 * it is not there. Where it is is recorded after every page, so a run stopped half-way is resumed by the next one
 * (the sweep keeps its number, so what the first run saw still counts as seen). A page with an item that failed to
 * load makes its collection's pass incomplete: nothing of that collection is taken as gone, and the run ends
 * "partial" with the site's messages.
 */
public final class SiteSync {

    private final String host;
    private final ConsulReader reader;
    private final ConsulClient client;
    private final SyncStore store;
    private final ItemWriter writer;
    private final Clock clock;

    public SiteSync(String host, ConsulClient client, SyncStore store, ItemWriter writer, Clock clock) {
        this.host = host;
        this.client = client;
        this.reader = new ConsulReader(client);
        this.store = store;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Runs (or resumes) a sync.
     *
     * @return the run as recorded
     * @throws SourceException when the site could not be read: the run is recorded as failed with what to do, and
     *                         the next run resumes where this one stopped
     */
    public SyncRun run() throws SourceException, InterruptedException {
        SiteState state = store.state(host);
        long runId = store.startRun(host, clock.instant());
        long sweep = state.underWay() ? state.sweep() : runId;
        ItemType from = state.underWay() ? state.collection() : ItemType.PROPOSAL;
        String cursor = state.underWay() ? state.cursor() : null;
        int pages = state.underWay() ? state.pagesDone() : 0;
        int requestsBefore = client.requests();
        SyncCounts.Tally n = new SyncCounts.Tally();
        List<String> problems = new ArrayList<>();
        try {
            for (ItemType type : ItemType.values()) {
                if (type.ordinal() < from.ordinal()) {
                    continue;
                }
                boolean complete = true;
                while (true) {
                    ConsulReader.Page page = reader.page(type, cursor);
                    for (ConsulItem item : page.items()) {
                        writer.apply(item, sweep, n);
                    }
                    complete &= page.complete();
                    page.problems().forEach(p -> {
                        if (problems.size() < 5) {
                            problems.add(p);
                        }
                    });
                    cursor = page.cursor();
                    store.saveState(new SiteState(host, sweep, type, cursor, ++pages));
                    if (!page.hasNext() || page.items().isEmpty() && page.complete()) {
                        break;
                    }
                }
                if (complete) {
                    confirmUnseen(type, sweep, n);
                } else if (problems.isEmpty()) {
                    problems.add("Some " + type.collection() + " could not be read");
                }
                cursor = null;
                Optional<ItemType> next = next(type);
                if (next.isPresent()) {
                    store.saveState(new SiteState(host, sweep, next.get(), null, pages));
                }
            }
        } catch (SourceException e) {
            store.recordRun(runId, n.counts(client.requests() - requestsBefore), "failed", e.getMessage(), e.advice(), clock.instant());
            throw e;
        } catch (InterruptedException e) {
            store.recordRun(runId, n.counts(client.requests() - requestsBefore), "failed", "The runtime stopped during the sync",
                    "Nothing to do: the next sync carries on from here", clock.instant());
            throw e;
        } catch (RuntimeException e) {
            store.recordRun(runId, n.counts(client.requests() - requestsBefore), "failed", "The sync failed: " + e.getMessage(),
                    "The next sync tries again from here; if it keeps failing, tell Folkmoot's maintainers with this message",
                    clock.instant());
            throw e;
        }
        store.saveState(SiteState.none(host));
        String outcome = problems.isEmpty() ? "done" : "partial";
        String advice = problems.isEmpty() ? "" : "Some items could not be read, so nothing was taken as gone on their account; "
                + "the next sync reads them again. If it lasts, tell the site's administrators with these messages";
        store.recordRun(runId, n.counts(client.requests() - requestsBefore), outcome, String.join("; ", problems), advice,
                clock.instant());
        return store.runs(host, 1).get(0);
    }

    /**
     * What a complete pass did not list is asked for by id: shown, it is applied (a deletion elsewhere shifted the
     * pages under it); answered as not there, it is hidden.
     */
    private void confirmUnseen(ItemType type, long sweep, SyncCounts.Tally n) throws SourceException, InterruptedException {
        for (SeenItem missing : store.presentButUnseen(host, type, sweep)) {
            Optional<ConsulItem> found = reader.one(type, missing.id());
            if (found.isPresent() && writer.apply(found.get(), sweep, n)) {
                continue;
            }
            writer.hide(missing, ItemWriter.GONE, n);
        }
    }

    private static Optional<ItemType> next(ItemType type) {
        ItemType[] all = ItemType.values();
        return type.ordinal() + 1 < all.length ? Optional.of(all[type.ordinal() + 1]) : Optional.empty();
    }
}
