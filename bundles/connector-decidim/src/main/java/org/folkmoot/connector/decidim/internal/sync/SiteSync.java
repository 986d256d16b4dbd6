package org.folkmoot.connector.decidim.internal.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.folkmoot.connector.decidim.internal.client.ComponentRef;
import org.folkmoot.connector.decidim.internal.client.DecidimReader;
import org.folkmoot.connector.decidim.internal.client.ConnectionPage;
import org.folkmoot.connector.decidim.internal.client.ItemSummary;
import org.folkmoot.connector.decidim.internal.client.ItemThread;
import org.folkmoot.connector.decidim.internal.client.Listing;
import org.folkmoot.connector.decidim.internal.client.SourceException;
import org.folkmoot.connector.decidim.internal.item.DecidimItem;
import org.folkmoot.connector.decidim.internal.item.ItemType;
import org.folkmoot.connector.decidim.internal.sync.SeenItem.Status;

/**
 * The two ways a site is kept in step, component by component, page by page, recording where it is after
 * every page so that a run interrupted by a restart resumes there:
 * <ul>
 * <li>{@link #newItems()}: items published since the day of the last look (Decidim filters by the day, so
 * some come twice and are recognised by their external id), with their comments;</li>
 * <li>{@link #reconcile()}: every item's dates and counts compared with what was last seen; only what changed
 * is fetched whole (with its comments); what is no longer listed is hidden with the reason.</li>
 * </ul>
 * Nothing is taken as gone from a listing that came back incomplete.
 */
public final class SiteSync {

    public static final String NEW_ITEMS = "new-items";
    public static final String RECONCILE = "reconcile";

    private final String host;
    private final DecidimReader reader;
    private final SyncStore store;
    private final ArchiveWriter writer;
    private final ContainerRecorder containers;
    private final Clock clock;
    private final java.util.function.IntSupplier requests;

    public SiteSync(String host, DecidimReader reader, SyncStore store, ArchiveWriter writer, ContainerRecorder containers,
            Clock clock, java.util.function.IntSupplier requests) {
        this.host = host;
        this.reader = reader;
        this.store = store;
        this.writer = writer;
        this.containers = containers;
        this.clock = clock;
        this.requests = requests;
    }

    /** Looks for items published since the last look. */
    public SyncRun newItems() throws SourceException, InterruptedException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate since = store.state(host).newItemsSince();
        SyncRun run = run(NEW_ITEMS, (component, cursor, n, problems) -> {
            String after = cursor;
            do {
                ConnectionPage<DecidimItem> page = reader.items(component, after, since);
                problems.addAll(page.errors());
                for (DecidimItem item : page.items()) {
                    if (store.item(host, item.type(), item.id()).isPresent()) {
                        n.unchanged++; // seen before: the day filter repeats the last day; the reconcile follows edits
                        continue;
                    }
                    if (item.commentCount() > 0) {
                        thread(component, item.id(), n, problems);
                    } else {
                        writer.apply(item, false, null, null, n);
                    }
                }
                after = page.endCursor();
                checkpoint(NEW_ITEMS, component, page.hasNext() ? after : null);
                if (!page.hasNext()) {
                    break;
                }
            } while (true);
            return true;
        });
        if (!"failed".equals(run.outcome())) {
            SiteState s = store.state(host);
            store.saveState(new SiteState(host, s.schemaSummary(), today, s.runKind(), s.runId(), s.runComponent(),
                    s.runCursor(), s.backlog()));
        }
        return run;
    }

    /** Compares every followed item with what was last seen and brings the archive in step. */
    public SyncRun reconcile() throws SourceException, InterruptedException {
        return run(RECONCILE, (component, cursor, n, problems) -> {
            Map<String, SeenItem> seen = store.itemsIn(host, component.component().id());
            Set<String> listed = new HashSet<>();
            boolean complete = cursor == null; // a resumed listing did not see the pages before
            String after = cursor;
            do {
                ConnectionPage<ItemSummary> page = reader.summaries(component, after);
                problems.addAll(page.errors());
                complete &= page.complete();
                for (ItemSummary s : page.items()) {
                    listed.add(s.id());
                    compare(component, s, seen.get(s.id()), n, problems);
                }
                after = page.endCursor();
                checkpoint(RECONCILE, component, page.hasNext() ? after : null);
                if (!page.hasNext()) {
                    break;
                }
            } while (true);
            if (complete) {
                for (SeenItem s : seen.values()) {
                    if (!listed.contains(s.id()) && s.status() == Status.PRESENT) {
                        goneWithComments(s, ArchiveWriter.GONE, n);
                    }
                }
            }
            return complete;
        });
    }

    private void compare(ComponentRef component, ItemSummary s, SeenItem seen, SyncCounts n, List<String> problems)
            throws SourceException, InterruptedException {
        if (seen == null) {
            thread(component, s.id(), n, problems); // new since the last look
        } else if (seen.status() == Status.ERASED) {
            n.unchanged++;
        } else if (s.withdrawn()) {
            if (seen.status() == Status.GONE && seen.reason().equals(ArchiveWriter.WITHDRAWN)) {
                n.unchanged++;
            } else {
                goneWithComments(seen, ArchiveWriter.WITHDRAWN, n);
            }
        } else if (seen.status() == Status.GONE || s.authorDeleted() && seen.status() == Status.PRESENT
                || changed(seen, s)) {
            thread(component, s.id(), n, problems); // back, its author deleted, or changed
        } else {
            n.unchanged++;
        }
    }

    /** Whether the site's dates and counts say an item changed since it was last seen. */
    static boolean changed(SeenItem seen, ItemSummary now) {
        if (now.updatedAt() == null && now.versionsCount() == null) {
            return true; // a schema that says neither: fetch to compare the text itself
        }
        return !Objects.equals(seen.updatedAt(), now.updatedAt()) || !Objects.equals(seen.versionsCount(), now.versionsCount())
                || seen.commentCount() != now.commentCount();
    }

    /** Fetches one item whole with its comments and applies them; comments no longer shown are hidden. */
    private void thread(ComponentRef component, String id, SyncCounts n, List<String> problems)
            throws SourceException, InterruptedException {
        Optional<ItemThread> fetched = reader.thread(component, id);
        if (fetched.isEmpty()) {
            store.item(host, component.holds(), id).filter(s -> s.status() == Status.PRESENT)
                    .ifPresent(s -> goneWithComments(s, ArchiveWriter.GONE, n));
            return;
        }
        ItemThread t = fetched.get();
        problems.addAll(t.errors());
        writer.apply(t.item(), t.withdrawn(), null, null, n);
        Set<String> shown = new HashSet<>();
        for (DecidimItem comment : t.comments()) {
            shown.add(comment.id());
            writer.apply(comment, false, t.item().type(), t.item().id(), n);
        }
        if (t.commentsComplete()) {
            for (SeenItem c : store.commentsOn(host, t.item().type(), t.item().id()).values()) {
                if (!shown.contains(c.id()) && c.status() == Status.PRESENT) {
                    writer.hide(c, ArchiveWriter.GONE, n);
                }
            }
        }
    }

    private void goneWithComments(SeenItem item, String reason, SyncCounts n) {
        writer.hide(item, reason, n);
        for (SeenItem c : store.commentsOn(host, item.type(), item.id()).values()) {
            if (c.status() == Status.PRESENT) {
                writer.hide(c, reason, n);
            }
        }
    }

    /** What a run does in one component, from a cursor (null: from the start); true when it saw all of it. */
    @FunctionalInterface
    private interface ComponentWork {
        boolean run(ComponentRef component, String cursor, SyncCounts n, List<String> problems)
                throws SourceException, InterruptedException;
    }

    private SyncRun run(String kind, ComponentWork work) throws SourceException, InterruptedException {
        SiteState state = store.state(host);
        boolean resuming = state.resumes(kind);
        Instant started = clock.instant();
        long runId = resuming ? state.runId() : store.startRun(host, kind, started);
        SyncCounts n = resuming ? store.countsOf(runId) : new SyncCounts();
        int requestsBefore = requests.getAsInt() - n.requests;
        List<String> problems = new ArrayList<>();
        try {
            Listing listing = reader.components();
            problems.addAll(listing.errors());
            containers.record(host, listing, kind.equals(RECONCILE) && !resuming, n);
            store.saveState(new SiteState(host, reader.schema().summary(), state.newItemsSince(), kind, runId,
                    resuming ? state.runComponent() : null, resuming ? state.runCursor() : null, listing.components().size()));
            boolean complete = listing.complete();
            boolean reached = !resuming;
            List<ComponentRef> components = listing.components();
            for (int i = 0; i < components.size(); i++) {
                ComponentRef c = components.get(i);
                String cursor = null;
                if (!reached) {
                    if (!c.component().id().equals(state.runComponent())) {
                        continue; // done before the restart
                    }
                    reached = true;
                    cursor = state.runCursor();
                }
                backlog(components.size() - i);
                complete &= work.run(c, cursor, n, problems);
                n.requests = requests.getAsInt() - requestsBefore;
                store.recordRun(runId, n, "running", summary(problems), "", null);
            }
            n.requests = requests.getAsInt() - requestsBefore;
            SiteState s = store.state(host);
            store.saveState(new SiteState(host, s.schemaSummary(), s.newItemsSince(), null, null, null, null, 0));
            String outcome = complete && problems.isEmpty() ? "done" : "partial";
            store.recordRun(runId, n, outcome, summary(problems), problems.isEmpty() ? ""
                    : "Nothing to do unless it repeats: what the site could not send is tried again at the next sync",
                    clock.instant());
            return new SyncRun(runId, host, kind, started, clock.instant(), outcome, n, summary(problems), "");
        } catch (SourceException e) {
            n.requests = requests.getAsInt() - requestsBefore;
            store.recordRun(runId, n, "failed", e.getMessage(), e.advice(), clock.instant());
            throw e;
        } catch (RuntimeException e) {
            n.requests = requests.getAsInt() - requestsBefore;
            store.recordRun(runId, n, "failed", "Folkmoot could not apply what the site sent: " + e.getMessage(),
                    "Tell Folkmoot's maintainers, with this message; the next sync carries on from here", clock.instant());
            throw e;
        }
    }

    private void checkpoint(String kind, ComponentRef c, String cursor) {
        SiteState s = store.state(host);
        store.saveState(new SiteState(host, s.schemaSummary(), s.newItemsSince(), kind, s.runId(), c.component().id(), cursor,
                s.backlog()));
    }

    private void backlog(int left) {
        SiteState s = store.state(host);
        store.saveState(new SiteState(host, s.schemaSummary(), s.newItemsSince(), s.runKind(), s.runId(), s.runComponent(),
                s.runCursor(), left));
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        List<String> distinct = problems.stream().distinct().toList();
        String first = String.join("; ", distinct.subList(0, Math.min(3, distinct.size())));
        return distinct.size() > 3 ? first + " (and " + (distinct.size() - 3) + " more)" : first;
    }
}
