package org.folkmoot.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.container.Containers;
import org.folkmoot.api.privacy.Redactor;
import org.folkmoot.api.health.Health;
import org.folkmoot.api.health.HealthIndicator;
import org.folkmoot.search.internal.archive.ArchiveFeed;
import org.folkmoot.search.internal.index.ChangeFlow;
import org.folkmoot.search.internal.index.ContributionIndex;
import org.folkmoot.search.internal.index.IndexFollower;
import org.folkmoot.search.internal.index.SearchRequest;
import org.folkmoot.search.internal.index.SearchResult;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The search index of this runtime: owns the {@link ContributionIndex} and a thread that follows
 * the contribution archive. On start it resumes from the sequence in the last commit; an empty or
 * deleted index directory is rebuilt from the start of the archive, with progress logged.
 * Immediate, so the index stays open while REST resources come and go.
 */
@Component(service = {SearchService.class, HealthIndicator.class}, immediate = true,
        configurationPid = SearchService.PID)
@Designate(ocd = SearchConfig.class)
public class SearchService implements HealthIndicator {

    public static final String PID = "org.folkmoot.search.Search";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SearchService.class);
    private static final long PROGRESS_LOG_NANOS = 5_000_000_000L;

    private final ContributionIndex index;
    private final IndexFollower follower;
    /** Read and written by the follower thread only. */
    private final ChangeFlow flow = ChangeFlow.imports();
    private final ContributionArchive archive;
    private final Redactor redactor;
    private final Thread thread;
    private final int pollMillis;
    private volatile String failure;
    private volatile long failingSince;
    /** A passing hiccup (a database restart) is not worth taking search down for. */
    private static final long DOWN_AFTER_NANOS = 30_000_000_000L;
    private long lastProgressLog;
    private final Object wakeUp = new Object();
    private volatile boolean stopping;

    /**
     * @param containers the platform's container resolver (gives hits their page, facets the Welsh titles
     *                   and parents): a constructor reference, so the follower never starts without it
     */
    @Activate
    public SearchService(BundleContext context, SearchConfig config, @Reference ContributionArchive archive,
            @Reference Redactor redactor, @Reference Containers containers) throws IOException {
        this.archive = archive;
        this.redactor = redactor;
        Path dir = indexDirectory(context, config);
        ContributionIndex.Settings defaults = ContributionIndex.Settings.defaults();
        this.index = ContributionIndex.openOnDisk(dir, new ContributionIndex.Settings(
                Math.max(10, config.maxStaleMillis()) / 1000.0, defaults.minStaleSeconds(),
                config.commitIntervalMillis(), defaults.ramBufferMb()));
        this.follower = new IndexFollower(index, new ArchiveFeed(archive, () -> containers, redactor), config.batchSize(), this::logProgress);
        this.pollMillis = Math.max(20, config.pollIntervalMillis());
        LOG.info("search: index at {}, last applied sequence {}", dir,
                index.lastAppliedSequence());
        this.thread = new Thread(() -> follow(archive), "folkmoot-search-follower");
        thread.setDaemon(true);
        thread.start();
    }

    static Path indexDirectory(BundleContext context, SearchConfig config) {
        if (!config.indexDirectory().isBlank()) {
            return Paths.get(config.indexDirectory());
        }
        String data = context.getProperty("folkmoot.data");
        return Paths.get(data == null ? "data" : data, "search", "index");
    }

    private void follow(ContributionArchive archive) {
        while (!stopping) {
            long pause = pollMillis;
            try {
                long current = archive.currentSequence();
                if (current < index.lastAppliedSequence()) {
                    // The archive is not the one this index was built from (a restored or new database).
                    LOG.warn("search: the archive is at sequence {} but the index at {};"
                            + " rebuilding the index from the archive", current, index.lastAppliedSequence());
                    index.clear();
                }
                long applied = 0;
                if (current > index.lastAppliedSequence()) {
                    long started = System.nanoTime();
                    boolean rebuild = index.lastAppliedSequence() == 0;
                    applied = follower.catchUp();
                    if (applied >= 10_000 || rebuild && applied > 0) { // not every second of a long import
                        double secs = (System.nanoTime() - started) / 1e9;
                        LOG.info(String.format(Locale.ROOT, "search: %s %,d changes in %.1f s (%,.0f/s), now at sequence %d",
                                rebuild ? "rebuilt the index from" : "applied", applied, secs,
                                applied / Math.max(0.001, secs), index.lastAppliedSequence()));
                    }
                }
                index.streaming(flow.record(applied, System.nanoTime()));
                failure = null;
                failingSince = 0;
            } catch (Exception | LinkageError e) {
                if (failure == null) {
                    failingSince = System.nanoTime();
                }
                failure = e.toString();
                LOG.warn("search: following the archive failed; retrying", e);
                pause = Math.max(1_000, pollMillis);
            }
            synchronized (wakeUp) {
                if (!stopping) {
                    try {
                        wakeUp.wait(pause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    private void logProgress(IndexFollower.Progress p) {
        long now = System.nanoTime();
        if (p.rebuilding() && now - lastProgressLog > PROGRESS_LOG_NANOS) {
            lastProgressLog = now;
            double secs = (now - p.startedNanos()) / 1e9;
            String ofTotal = p.total() > 0 ? String.format(Locale.ROOT, " of %,d", p.total()) : "";
            LOG.info(String.format(Locale.ROOT,
                    "search: rebuilding the index, %,d%s changes so far (%.0f%%, sequence %d of %d), %,.0f/s",
                    p.changes(), ofTotal, 100 * p.fraction(), p.applied(), p.target(), p.changes() / Math.max(0.001, secs)));
        }
    }

    /**
     * Runs a resident's search. What they typed is redacted first, as contributions were: an email or
     * phone number in a query is no search term (the index holds none), and it goes no further.
     */
    public SearchResult search(SearchRequest request) throws IOException {
        String text = redactor.redact(request.text(), "en");
        return index.search(text.equals(request.text()) ? request : request.withText(text));
    }

    public List<String> suggest(String prefix, int max) throws IOException {
        return index.suggest(prefix, max);
    }

    public List<SearchResult.Hit> similar(String id, int max) throws IOException {
        return index.similar(id, max);
    }

    /**
     * How far searches have caught up with the archive: {@code applied} is the last sequence searches
     * can see (not merely handed to Lucene). When the follower is idle, or has not looked yet just
     * after start, the archive is asked for its latest sequence, so a backlog shows at once.
     */
    public IndexFollower.Progress progress() {
        IndexFollower.Progress p = follower.progress();
        long searchable = index.searchableSequence();
        if (p.target() > p.applied()) {
            return new IndexFollower.Progress(Math.min(p.applied(), searchable), p.target(), p.rebuilding(),
                    p.startedNanos(), p.base(), p.changes(), p.total());
        }
        long current;
        try {
            current = archive.currentSequence();
        } catch (RuntimeException e) {
            current = p.target();
        }
        if (current > searchable) {
            boolean rebuilding = p.rebuilding() || index.lastAppliedSequence() == 0;
            return new IndexFollower.Progress(searchable, current, rebuilding, p.startedNanos(),
                    Math.min(p.base(), searchable), p.changes(), -1);
        }
        return new IndexFollower.Progress(searchable, searchable, false, p.startedNanos(), p.base(), p.changes(), p.total());
    }

    @Override
    public String component() {
        return "search";
    }

    @Override
    public Health health() {
        String f = failure;
        return f == null || System.nanoTime() - failingSince < DOWN_AFTER_NANOS ? new Health(Health.Status.UP, howFar())
                : Health.down("Search cannot follow the contribution archive (" + f
                + "). Results may be out of date; check the log and the database.");
    }

    /**
     * How far this runtime's index is behind the archive, from what the follower last saw (no database
     * call: /health must answer at once, also while the database is away). A runtime restarted after a
     * crash says it is catching up until searches see what the archive held when it looked.
     */
    private String howFar() {
        IndexFollower.Progress p = follower.progress();
        long searchable = Math.min(p.applied(), index.searchableSequence());
        return searchable < p.target()
                ? String.format(Locale.ROOT, "Catching up with the archive: searches see sequence %d of %d", searchable, p.target())
                : String.format(Locale.ROOT, "Up to date with the archive at sequence %d", searchable);
    }

    @Deactivate
    void deactivate() throws IOException, InterruptedException {
        // No interrupt: it would close Lucene's file channels under a write.
        stopping = true;
        follower.stop();
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        thread.join(30_000);
        index.close();
    }
}
