package org.folkmoot.connector.decidim.internal.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.api.text.HtmlText;
import org.folkmoot.api.text.TextLanguage;
import org.folkmoot.connector.decidim.internal.mapping.ContributionMapper;
import org.folkmoot.connector.decidim.internal.site.ConnectorStorage;
import org.folkmoot.connector.decidim.internal.sync.SyncStore;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs bootstrap imports one at a time, in the background, and keeps them ({@link OpenDataRecords}: saved
 * every second while they run) so that the officers' page and the command line can follow them, also after a
 * restart, when one that was under way shows as interrupted with what to do. An upload is spooled to a
 * temporary file (a ZIP is read from its end) and checked before it is accepted: a refused upload never starts
 * an import.
 */
@Component(service = OpenDataService.class, immediate = true)
public final class OpenDataService implements AutoCloseable {

    /** The largest upload accepted: a big site's export is a few hundred megabytes. */
    public static final long MAX_UPLOAD_BYTES = 1L << 30;
    private static final int REMEMBERED = 20;
    private static final Logger LOG = LoggerFactory.getLogger(OpenDataService.class);

    /** The site is not one this runtime follows. */
    public static final class UnknownSite extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient OpenDataMessage said;

        UnknownSite(OpenDataMessage said) {
            super(said.english());
            this.said = said;
        }

        /** What is wrong and what to do, in either language. */
        public OpenDataMessage said() {
            return said;
        }
    }

    private final OpenDataImport importer;
    private final KnownSites sites;
    private final OpenDataLimits limits;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "decidim-open-data-import");
        t.setDaemon(true);
        return t;
    });
    /** This runtime's imports, the running one and the last few. */
    private final Map<String, OpenDataProgress> imports = new LinkedHashMap<>();
    private final OpenDataRecords records;
    private final ScheduledExecutorService saver;

    /** Referencing the connector's storage, it starts once the module's tables exist. */
    @Activate
    public OpenDataService(@Reference ContributionArchive archive, @Reference Transactions transactions,
            @Reference Pseudonyms pseudonyms, @Reference HtmlText html, @Reference TextLanguage languages,
            @Reference ConfigurationAdmin configurations, @Reference ConnectorStorage storage) {
        this(archive, transactions, new ContributionMapper(pseudonyms, html, languages), new ConfiguredSites(configurations),
                OpenDataLimits.DEFAULT, Clock.systemUTC(), new OpenDataRecords(transactions));
    }

    /**
     * Without the module's tables: imports are remembered in memory only and their containers not recorded (tests
     * of the import itself).
     */
    public OpenDataService(ContributionArchive archive, Transactions transactions, ContributionMapper mapper, KnownSites sites,
            OpenDataLimits limits, Clock clock) {
        this(archive, transactions, mapper, sites, limits, clock, null);
    }

    public OpenDataService(ContributionArchive archive, Transactions transactions, ContributionMapper mapper, KnownSites sites,
            OpenDataLimits limits, Clock clock, OpenDataRecords records) {
        this.importer = new OpenDataImport(mapper, archive, transactions, clock,
                records == null ? null : new SyncStore(transactions));
        this.sites = sites;
        this.limits = limits;
        this.clock = clock;
        this.records = records;
        this.saver = records == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "decidim-open-data-progress");
            t.setDaemon(true);
            return t;
        });
        if (saver != null) {
            saver.scheduleWithFixedDelay(this::saveRunning, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Saves the imports under way (their heartbeat); a failure to save is logged and tried again next time. */
    private void saveRunning() {
        for (OpenDataProgress p : recent(null, false)) {
            if (!p.finished()) {
                save(p);
            }
        }
    }

    private void save(OpenDataProgress p) {
        if (records == null) {
            return;
        }
        try {
            records.save(p, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("The progress of open-data import {} could not be saved: {}", p.id(), e.getMessage());
        }
    }

    /**
     * Takes an upload for a site: spools it, checks it, and starts importing it in the background.
     *
     * @param site   the site's address, as an officer or a script names it
     * @param upload what was uploaded; read to its end here
     * @param name   the upload's name, for the page
     * @return the import's progress, already past checking
     * @throws UnknownSite    when no site is configured at that address
     * @throws OpenDataRefused when the upload is not a usable export (nothing was written)
     */
    public OpenDataProgress start(String site, InputStream upload, String name) throws UnknownSite, OpenDataRefused, IOException {
        String known = sites.find(site == null ? "" : site)
                .orElseThrow(() -> new UnknownSite(OpenDataMessage.of("api.unknownSite", site)));
        return accept(known, upload, name);
    }

    /**
     * Takes an upload for a site known to be the right one (the demo's own): spools, checks and starts it.
     *
     * @param known the site's base URL, {@code https://host}
     */
    public OpenDataProgress accept(String known, InputStream upload, String name) throws OpenDataRefused, IOException {
        Path file = Files.createTempFile("decidim-open-data-", ".zip");
        boolean started = false;
        try {
            spool(upload, file);
            OpenDataZip zip = OpenDataZip.open(file, ConfiguredSites.host(known), limits);
            try {
                long rows = importer.check(zip);
                OpenDataProgress progress = new OpenDataProgress(UUID.randomUUID().toString(), known, name, clock.instant());
                progress.checked(rows);
                remember(progress);
                save(progress);
                worker.submit(() -> run(zip, known, progress, file));
                started = true;
                return progress;
            } finally {
                if (!started) {
                    zip.close();
                }
            }
        } finally {
            if (!started) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void run(OpenDataZip zip, String site, OpenDataProgress progress, Path file) {
        long t0 = System.nanoTime();
        try (zip) {
            importer.run(zip, site, progress);
        } catch (IOException | RuntimeException e) {
            progress.failed(OpenDataMessage.of("failed.stopped", progress.read(), String.valueOf(e.getMessage())),
                    clock.instant());
        } finally {
            save(progress);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("The spooled upload {} could not be deleted: {}", file, e.getMessage());
            }
        }
        LOG.info("Open-data import {} for {} {} in {} ms: {} rows, {} imported, {} updated, {} unchanged, {} withheld, {} refused",
                progress.id(), site, progress.stage().id(), (System.nanoTime() - t0) / 1_000_000, progress.read(),
                progress.importedCount(), progress.updatedCount(), progress.unchangedCount(), progress.withheldCount(),
                progress.refusedCount());
    }

    private static void spool(InputStream upload, Path file) throws IOException, OpenDataRefused {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = upload.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_UPLOAD_BYTES) {
                    throw new OpenDataRefused(OpenDataMessage.of("refused.uploadTooBig", MAX_UPLOAD_BYTES >> 20));
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new OpenDataRefused(OpenDataMessage.of("refused.empty"));
        }
    }

    private void remember(OpenDataProgress progress) {
        synchronized (imports) {
            imports.put(progress.id(), progress);
            if (imports.size() > REMEMBERED) {
                imports.remove(imports.keySet().iterator().next());
            }
        }
    }

    /** The sites uploads are accepted for. */
    public KnownSites sites() {
        return sites;
    }

    /** An import of this runtime, else as its record holds it (from before a restart, or another runtime's). */
    public Optional<OpenDataProgress> progress(String id) {
        synchronized (imports) {
            OpenDataProgress mine = imports.get(id);
            if (mine != null) {
                return Optional.of(mine);
            }
        }
        return records == null ? Optional.empty() : records.find(id, clock.instant());
    }

    /**
     * The latest imports, newest first, this runtime's as they stand and the others' as their records hold them;
     * for one site when {@code site} is not null.
     */
    public List<OpenDataProgress> recent(String site) {
        return recent(site, true);
    }

    private List<OpenDataProgress> recent(String site, boolean withRecords) {
        Map<String, OpenDataProgress> all = new LinkedHashMap<>();
        if (withRecords && records != null) {
            records.recent(site, REMEMBERED, clock.instant()).forEach(p -> all.put(p.id(), p));
        }
        synchronized (imports) {
            imports.values().stream().filter(p -> site == null || p.site().equalsIgnoreCase(site)).forEach(p -> all.put(p.id(), p));
        }
        return all.values().stream().sorted(java.util.Comparator.comparing(OpenDataProgress::started).reversed()
                .thenComparing(OpenDataProgress::id)).limit(REMEMBERED).toList();
    }

    /** Waits until the imports started so far have ended (tests, the demo); false on timeout. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            worker.submit(() -> { }).get(timeout, unit);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @Deactivate
    @Override
    public void close() {
        List<OpenDataProgress> running = recent(null, false).stream().filter(p -> !p.finished()).toList();
        if (saver != null) {
            saver.shutdownNow();
        }
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (OpenDataProgress p : running) {
            // Stopped with the runtime: it says so (not as a failure of its own), and what to do.
            p.interrupted(clock.instant());
            save(p);
        }
    }
}
