package org.folkmoot.connector.consul.internal.site;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.jobs.JobStatus;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.api.text.HtmlText;
import org.folkmoot.api.text.TextLanguage;
import org.folkmoot.connector.consul.internal.client.ConsulClient;
import org.folkmoot.connector.consul.internal.client.SourceException;
import org.folkmoot.connector.consul.internal.mapping.ConsulMapper;
import org.folkmoot.connector.consul.internal.sync.ItemWriter;
import org.folkmoot.connector.consul.internal.sync.SiteSync;
import org.folkmoot.connector.consul.internal.sync.SyncRun;
import org.folkmoot.connector.consul.internal.sync.SyncStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured CONSUL site ({@code org.folkmoot.connector.consul.Site-<name>.cfg}): its polite client, and its
 * recurring sync job, scheduled in the database so that of several runtimes only one runs it at a time. A
 * configuration that cannot be followed is kept with its problem, for the officers' page.
 */
@Component(service = FollowedSite.class, configurationPid = SiteConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = SiteConfig.class, factory = true)
public class FollowedSite {

    /** The job that syncs a site; its payload is the site's host. */
    public static final String SYNC_JOB = "connector-consul.sync";
    private static final Logger LOG = LoggerFactory.getLogger(FollowedSite.class);

    private final String configuredUrl;
    private final ConsulSite site;
    private final ConsulClient client;
    private final SyncStore store;
    private final ItemWriter writer;
    private final Clock clock;
    private final String problem;
    private final JobScheduler jobs;

    @Activate
    public FollowedSite(SiteConfig config, @Reference ContributionArchive archive, @Reference Pseudonyms pseudonyms,
            @Reference HtmlText html, @Reference TextLanguage languages, @Reference ConsulStorage storage,
            @Reference JobScheduler jobs, @Reference Transactions transactions) {
        this.configuredUrl = config.url() == null ? "" : config.url().strip();
        this.jobs = jobs;
        this.clock = Clock.systemUTC();
        this.store = storage.store();
        ConsulSite s = null;
        String p = "";
        try {
            s = ConsulSite.of(config);
        } catch (IllegalArgumentException e) {
            p = e.getMessage();
            LOG.error("CONSUL site {} is not followed: {}", configuredUrl, p);
        }
        this.site = s;
        this.problem = p;
        this.client = s == null ? null : ConsulClient.of(s.api(), s.requestsPerMinute(), s.timeout());
        this.writer = s == null ? null : new ItemWriter(s.host(), s.url(), archive, new ConsulMapper(pseudonyms, html, languages),
                store, clock);
        if (s != null) {
            schedule(s, transactions);
        }
    }

    private FollowedSite(String configuredUrl, ConsulSite site, ConsulClient client, SyncStore store, ItemWriter writer,
            JobScheduler jobs, Clock clock, String problem) {
        this.configuredUrl = configuredUrl;
        this.site = site;
        this.client = client;
        this.store = store;
        this.writer = writer;
        this.jobs = jobs;
        this.clock = clock;
        this.problem = problem;
    }

    /** A followed site over given parts, for tests (nothing is scheduled). */
    public static FollowedSite of(ConsulSite site, ConsulClient client, SyncStore store, ContributionArchive archive,
            ConsulMapper mapper, JobScheduler jobs, Clock clock) {
        return new FollowedSite(site.url(), site, client, store, new ItemWriter(site.host(), site.url(), archive, mapper, store, clock),
                jobs, clock, "");
    }

    /** A configuration that cannot be followed, for tests. */
    public static FollowedSite misconfigured(String configuredUrl, String problem, SyncStore store, JobScheduler jobs) {
        return new FollowedSite(configuredUrl, null, null, store, null, jobs, Clock.systemUTC(), problem);
    }

    /** Keeps exactly one recurring sync job for this site, at the configured interval. */
    private void schedule(ConsulSite s, Transactions transactions) {
        String key = s.host() + "|every " + s.syncEvery();
        for (JobStatus j : jobs.jobs(SYNC_JOB)) {
            if (j.key().startsWith(s.host() + "|every ") && !j.key().equals(key)) {
                transactions.run(tx -> jobs.cancel(tx, SYNC_JOB, j.key())); // the interval changed
            }
        }
        jobs.schedule(new JobRequest(SYNC_JOB, key, clock.instant().plus(Duration.ofSeconds(30)), s.host(), Optional.of(s.syncEvery())));
    }

    /**
     * Syncs the site now, in this thread: one sync at a time per site in this runtime (the platform's jobs make
     * sure only one runtime runs a site's job at once).
     */
    public synchronized SyncRun sync() throws SourceException, InterruptedException {
        if (site == null) {
            throw new SourceException("This site's configuration cannot be followed: " + problem, "Correct the site's .cfg file");
        }
        return new SiteSync(site.host(), client, store, writer, clock).run();
    }

    /** Asks for a sync now: a one-off job, run once across runtimes. */
    public boolean syncNow(Instant now) {
        return jobs.schedule(JobRequest.once(SYNC_JOB, host() + "|now|" + now.getEpochSecond(), now, host()));
    }

    /** The site as configured, when it can be followed. */
    public Optional<ConsulSite> site() {
        return Optional.ofNullable(site);
    }

    /** What is wrong with the configuration, or empty. */
    public String problem() {
        return problem;
    }

    /** The URL as configured. */
    public String configuredUrl() {
        return configuredUrl;
    }

    /** The store of this site's items and runs. */
    public SyncStore store() {
        return store;
    }

    /**
     * The host the site is keyed on (its page is {@code /connectors/consul/sites/<host>}); for a configuration that
     * cannot be followed, the host it names if any, else the configured text reduced to what a path can hold.
     */
    public String host() {
        if (site != null) {
            return site.host();
        }
        try {
            String host = URI.create(configuredUrl).getHost();
            if (host != null) {
                return host.toLowerCase(Locale.ROOT);
            }
        } catch (IllegalArgumentException unreadable) {
            // falls through
        }
        String key = configuredUrl.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
        return key.isEmpty() ? "unnamed" : key;
    }
}
