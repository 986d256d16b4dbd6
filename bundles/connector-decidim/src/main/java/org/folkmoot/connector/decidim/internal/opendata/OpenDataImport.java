package org.folkmoot.connector.decidim.internal.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

import org.folkmoot.api.archive.Appended;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.api.archive.Edit;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.audit.Actor;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.connector.decidim.internal.item.DecidimItem;
import org.folkmoot.connector.decidim.internal.item.Space;
import org.folkmoot.connector.decidim.internal.mapping.ContributionMapper;
import org.folkmoot.connector.decidim.internal.mapping.DecidimContainers;
import org.folkmoot.connector.decidim.internal.sync.ContainerRecorder;
import org.folkmoot.connector.decidim.internal.sync.SyncStore;

/**
 * One bootstrap import of an open-data export into the archive: {@link #check} reads the whole upload
 * through and refuses it before anything is written when it cannot be parsed; {@link #run} then streams
 * it into the archive in batches of {@value #BATCH}, one transaction and one
 * {@link ContributionArchive#appendAll(java.sql.Connection, List) batch append} each. An item already in the archive
 * (the same external id, from an earlier import or from the GraphQL follower) is left alone when its text
 * is the same and edited when the source changed it; an item hidden, withdrawn or erased in the archive
 * stays so. Importing the same export twice changes nothing.
 */
public final class OpenDataImport {

    public static final int BATCH = 1_000;
    /** Threads mapping rows (HTML to text, language detection) while another writes. */
    static final int MAPPERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final Actor BOOTSTRAP = new Actor("system", "decidim-open-data");

    private final ContributionMapper mapper;
    private final ContributionArchive archive;
    private final Transactions transactions;
    private final Clock clock;
    private final SyncStore containers;

    public OpenDataImport(ContributionMapper mapper, ContributionArchive archive, Transactions transactions, Clock clock) {
        this(mapper, archive, transactions, clock, null);
    }

    /**
     * @param containers where the module keeps the spaces and components its container provider describes: the
     *                   import records those it files items under that a sync has not (null: none are recorded)
     */
    public OpenDataImport(ContributionMapper mapper, ContributionArchive archive, Transactions transactions, Clock clock,
            SyncStore containers) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.containers = containers;
    }

    /**
     * Reads every open-data file of the upload through, writing nothing.
     *
     * @return how many rows the files hold, for progress
     * @throws OpenDataRefused naming the file and line that cannot be parsed, or the column that is missing
     */
    public long check(OpenDataZip zip) throws OpenDataRefused {
        long rows = 0;
        for (OpenDataZip.Entry entry : zip.entries()) {
            try (InputStream in = zip.read(entry); OpenDataCsv csv = OpenDataCsv.open(in)) {
                if (!csv.columns().isEmpty() && !csv.columnIndex().containsKey("id")) {
                    throw new OpenDataRefused(OpenDataMessage.of("refused.noIdColumn", entry.name()));
                }
                while (csv.hasNext()) {
                    csv.next();
                    rows++;
                }
            } catch (OpenDataCsv.MalformedCsv e) {
                throw malformed(entry, e);
            } catch (OpenDataZip.OversizedEntry e) {
                throw new OpenDataRefused(e.said(), e);
            } catch (UncheckedIOException e) {
                throw e.getCause() instanceof OpenDataCsv.MalformedCsv m ? malformed(entry, m) : refusedRead(entry, e.getCause());
            } catch (IOException e) {
                throw refusedRead(entry, e);
            }
        }
        return rows;
    }

    /**
     * Imports a checked upload (its progress told how many rows {@link #check} found), recording its progress;
     * a failure half-way is recorded, never thrown.
     */
    public void run(OpenDataZip zip, String site, OpenDataProgress progress) {
        Map<String, Space> spaces = new HashMap<>();
        OpenDataRow reader = new OpenDataRow(site, clock.instant(), spaces);
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "decidim-open-data-writer"));
        ForkJoinPool mappers = new ForkJoinPool(MAPPERS);
        Future<?> writing = CompletableFuture.completedFuture(null);
        List<Read> chunk = new ArrayList<>(BATCH);
        java.util.Set<String> described = new java.util.HashSet<>(); // by the writing thread only
        try {
            for (OpenDataZip.Entry entry : zip.entries()) {
                try (InputStream in = zip.read(entry); OpenDataCsv csv = OpenDataCsv.open(in)) {
                    while (csv.hasNext()) {
                        OpenDataCsv.Row row = csv.next();
                        progress.rowRead();
                        chunk.add(new Read(entry.name(), row.line(), reader.read(entry.file(), row)));
                        if (chunk.size() >= BATCH) {
                            writing = handOver(chunk, writing, writer, mappers, site, described, progress);
                            chunk = new ArrayList<>(BATCH);
                        }
                    }
                }
            }
            handOver(chunk, writing, writer, mappers, site, described, progress).get();
            progress.done(clock.instant());
        } catch (ExecutionException e) {
            stopped(progress, e.getCause());
        } catch (IOException | RuntimeException e) {
            stopped(progress, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped(progress, e);
        } finally {
            writer.shutdownNow();
            mappers.shutdownNow();
        }
    }

    /**
     * Maps a chunk of rows on the mapping threads (text and language detection are the costly part), then
     * hands it to the one writing thread once the chunk before it is written: reading and mapping the next
     * chunk goes on while this one is stored, and batches are stored in the order of the files.
     */
    private Future<?> handOver(List<Read> chunk, Future<?> writing, ExecutorService writer, ForkJoinPool mappers,
            String site, java.util.Set<String> described, OpenDataProgress progress) throws ExecutionException, InterruptedException {
        List<Pending> batch = mappers.submit(() -> chunk.parallelStream().map(read -> take(read, progress))
                .filter(Objects::nonNull).toList()).get();
        writing.get();
        return writer.submit(() -> flush(new ArrayList<>(batch), site, described, progress));
    }

    private void stopped(OpenDataProgress progress, Throwable e) {
        progress.failed(OpenDataMessage.of("failed.stopped", progress.read(), String.valueOf(e.getMessage())), clock.instant());
    }

    /** A row as read, before it is mapped. */
    private record Read(String file, long line, OpenDataRow.Read read) {
    }

    /** Maps one row; null when it is refused or withheld (and counted so). */
    private Pending take(Read row, OpenDataProgress progress) {
        if (row.read().withdrawn()) {
            progress.withheld();
            return null;
        }
        if (row.read().refusal() != null) {
            progress.refused(row.file(), row.line(), row.read().refusal());
            return null;
        }
        DecidimItem item = row.read().item();
        Optional<NewContribution> contribution;
        try {
            contribution = mapper.map(item);
        } catch (RuntimeException e) {
            progress.refused(row.file(), row.line(), OpenDataMessage.of("row.unmappable", String.valueOf(e.getMessage())));
            return null;
        }
        if (contribution.isEmpty()) {
            progress.withheld();
            return null;
        }
        return new Pending(row.file(), row.line(), contribution.get(), item);
    }

    private void flush(List<Pending> batch, String site, java.util.Set<String> described, OpenDataProgress progress) {
        if (batch.isEmpty()) {
            return;
        }
        describe(batch, site, described);
        try {
            List<Outcome> outcomes = transactions.inTransaction(tx -> storeAll(tx, batch));
            outcomes.forEach(o -> count(o, progress));
        } catch (RuntimeException batchFailed) {
            // One item the archive refused spoils its batch: store them one by one to find it.
            for (Pending p : batch) {
                try {
                    count(transactions.inTransaction(tx -> store(tx, p.contribution())), progress);
                } catch (RuntimeException e) {
                    progress.refused(p.file(), p.line(), OpenDataMessage.of("row.archiveRefused", String.valueOf(e.getMessage())));
                }
            }
        }
        batch.clear();
    }

    /**
     * Records the spaces and components of a batch that the module does not know yet (a site bootstrapped before
     * its first sync), so that its container provider describes them: their pages on the site, their parent,
     * and the licence search shows beside their hits. Titled as the items were filed; a sync later gives the
     * site's own titles. {@code described} holds the components already seen in this import.
     */
    private void describe(List<Pending> batch, String site, java.util.Set<String> described) {
        if (containers == null) {
            return;
        }
        for (Pending p : batch) {
            DecidimItem item = p.item();
            String componentId = DecidimContainers.componentId(item.host(), item.component());
            if (!described.add(componentId) || containers.container("component", componentId).isPresent()) {
                continue;
            }
            Space space = item.space();
            String spaceId = DecidimContainers.spaceId(item.host(), space);
            String spaceUrl = site + "/" + space.type().path() + "/" + (space.slug().isEmpty() ? space.id() : space.slug());
            if (containers.container("space", spaceId).isEmpty()) {
                containers.saveContainer(new SyncStore.SavedContainer("space", spaceId, item.host(), null,
                        ContainerRecorder.text(space.title(), mapper.html()), spaceUrl, true));
            }
            containers.saveContainer(new SyncStore.SavedContainer("component", componentId, item.host(), spaceId,
                    org.folkmoot.api.container.LocalisedText.of(p.contribution().container().title()),
                    spaceUrl + "/f/" + item.component().id() + "/", true));
        }
    }

    /** Appends a batch as one (one look-up of its external ids, one insert), then edits what the source changed. */
    private List<Outcome> storeAll(java.sql.Connection tx, List<Pending> batch) {
        List<NewContribution> contributions = batch.stream().map(Pending::contribution).toList();
        List<Appended> appended = archive.appendAll(tx, contributions);
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < appended.size(); i++) {
            outcomes.add(outcome(tx, contributions.get(i), appended.get(i)));
        }
        return outcomes;
    }

    private Outcome store(java.sql.Connection tx, NewContribution contribution) {
        return outcome(tx, contribution, archive.append(tx, contribution));
    }

    /** What became of one item: new, unchanged, or edited here because its text changed at the source. */
    private Outcome outcome(java.sql.Connection tx, NewContribution contribution, Appended appended) {
        if (appended.created()) {
            return Outcome.IMPORTED;
        }
        Contribution there = appended.contribution();
        if (there.state() != ContributionState.PUBLISHED
                || (there.title().equals(nonNull(contribution.title())) && there.body().equals(contribution.body()))) {
            return Outcome.UNCHANGED;
        }
        archive.edit(tx, there.id(), new Edit(contribution.title(), contribution.body(), there.tags()), BOOTSTRAP);
        return Outcome.UPDATED;
    }

    private static void count(Outcome outcome, OpenDataProgress progress) {
        switch (outcome) {
            case IMPORTED -> progress.imported();
            case UPDATED -> progress.updated();
            case UNCHANGED -> progress.unchanged();
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static OpenDataRefused malformed(OpenDataZip.Entry entry, OpenDataCsv.MalformedCsv e) {
        return new OpenDataRefused(OpenDataMessage.of("refused.malformed", entry.name(), e.line(), String.valueOf(e.getMessage())), e);
    }

    private static OpenDataRefused refusedRead(OpenDataZip.Entry entry, Throwable e) {
        return new OpenDataRefused(OpenDataMessage.of("refused.unreadable", entry.name(), String.valueOf(e.getMessage())), e);
    }

    private enum Outcome {
        IMPORTED, UPDATED, UNCHANGED
    }

    private record Pending(String file, long line, NewContribution contribution, DecidimItem item) {
    }
}
