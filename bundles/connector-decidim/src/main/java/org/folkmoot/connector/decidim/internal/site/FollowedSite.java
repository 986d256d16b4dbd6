package org.folkmoot.connector.decidim.internal.site;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.jobs.JobStatus;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.api.text.HtmlText;
import org.folkmoot.api.text.TextLanguage;
import org.folkmoot.connector.decidim.internal.client.GraphqlClient;
import org.folkmoot.connector.decidim.internal.mapping.ContributionMapper;
import org.folkmoot.connector.decidim.internal.sync.SiteFollower;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured Decidim site ({@code org.folkmoot.connector.decidim.Site-<name>.cfg}): its follower, and its
 * two recurring jobs, scheduled in the database so that of several runtimes only one runs each. A
 * configuration that cannot be followed is kept with its problem, for the officers' page.
 */
@Component(service = FollowedSite.class, configurationPid = SiteConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = SiteConfig.class, factory = true)
public class FollowedSite {

    /** The job that looks for new items; its payload is the site's host. */
    public static final String NEW_ITEMS_JOB = "connector-decidim.new-items";
    /** The job that reconciles a site; its payload is the site's host. */
    public static final String RECONCILE_JOB = "connector-decidim.reconcile";
    private static final Logger LOG = LoggerFactory.getLogger(FollowedSite.class);
    /** Declarative Services' reasons for a deactivation ({@code ComponentConstants.DEACTIVATION_REASON_*}). */
    static final int CONFIGURATION_MODIFIED = 3;
    static final int CONFIGURATION_DELETED = 4;
    static final int BUNDLE_STOPPED = 6;

    private final String configuredUrl;
    private final SiteFollower follower;
    private final String problem;
    private final JobScheduler jobs;
    private final Transactions transactions;

    @Activate
    public FollowedSite(SiteConfig config, @Reference ContributionArchive archive, @Reference Pseudonyms pseudonyms,
            @Reference HtmlText html, @Reference TextLanguage languages, @Reference ConnectorStorage storage,
            @Reference JobScheduler jobs, @Reference Transactions transactions) {
        this.transactions = transactions;
        this.configuredUrl = config.url() == null ? "" : config.url().strip();
        this.jobs = jobs;
        SiteFollower f = null;
        String p = "";
        try {
            DecidimSite site = DecidimSite.of(config);
            Clock clock = Clock.systemUTC();
            f = new SiteFollower(site, GraphqlClient.of(site, GraphqlClient.pacerFor(site, clock)), storage.store(), archive,
                    new ContributionMapper(pseudonyms, html, languages), clock);
            schedule(site);
        } catch (IllegalArgumentException e) {
            p = e.getMessage();
            LOG.error("Decidim site {} is not followed: {}", configuredUrl, p);
        }
        this.follower = f;
        this.problem = p;
    }

    /** A site as tests make one: its follower (or, with none, the problem of its configuration) and the scheduler. */
    public static FollowedSite of(String configuredUrl, SiteFollower follower, String problem, JobScheduler jobs) {
        return new FollowedSite(configuredUrl, follower, problem, jobs);
    }

    private FollowedSite(String configuredUrl, SiteFollower follower, String problem, JobScheduler jobs) {
        this.configuredUrl = configuredUrl;
        this.follower = follower;
        this.problem = problem;
        this.jobs = jobs;
        this.transactions = null;
    }


    /** Keeps exactly one recurring job of each kind for this site, at the configured interval. */
    private void schedule(DecidimSite site) {
        recurring(NEW_ITEMS_JOB, site.host(), site.newItemsEvery(), Duration.ofSeconds(30));
        recurring(RECONCILE_JOB, site.host(), site.reconcileEvery(), site.newItemsEvery());
    }

    private void recurring(String name, String host, Duration every, Duration firstIn) {
        String key = host + "|every " + every;
        for (JobStatus j : jobs.jobs(name)) {
            if (j.key().startsWith(host + "|every ") && !j.key().equals(key)) {
                transactions.run(tx -> jobs.cancel(tx, name, j.key())); // the interval changed
            }
        }
        jobs.schedule(new JobRequest(name, key, java.time.Instant.now().plus(firstIn), host, Optional.of(every)));
    }

    /**
     * When the site's {@code .cfg} is removed (or edited: the configuration may name another site now), its
     * recurring jobs and any Sync now not yet run are cancelled, so that a site no longer configured is no
     * longer asked for anything. An edited configuration schedules its jobs again as it activates. A module
     * stopped or a runtime shut down keeps them: the site is still configured.
     */
    @Deactivate
    void deactivate(int reason) {
        if (reason == CONFIGURATION_DELETED
                || reason == CONFIGURATION_MODIFIED) {
            int cancelled = stopJobs();
            LOG.info("Decidim site {}: its configuration was {}; {} scheduled jobs cancelled", host(),
                    reason == CONFIGURATION_DELETED ? "removed" : "changed", cancelled);
        }
    }

    /** Cancels every job of this site not yet run (recurring or once); how many. */
    public int stopJobs() {
        if (follower == null) {
            return 0; // a configuration that cannot be followed scheduled nothing
        }
        String prefix = host() + "|";
        int cancelled = 0;
        for (String name : java.util.List.of(NEW_ITEMS_JOB, RECONCILE_JOB)) {
            for (JobStatus j : jobs.jobs(name)) {
                if (j.key().startsWith(prefix)) {
                    cancelled += transactions.inTransaction(tx -> jobs.cancel(tx, name, j.key())) ? 1 : 0;
                }
            }
        }
        return cancelled;
    }

    /** The site's follower, when its configuration can be followed. */
    public Optional<SiteFollower> follower() {
        return Optional.ofNullable(follower);
    }

    /** What is wrong with the configuration, or empty. */
    public String problem() {
        return problem;
    }

    /** The URL as configured (for a configuration that cannot be followed, what an officer typed). */
    public String configuredUrl() {
        return configuredUrl;
    }

    /**
     * The host the site is keyed on (its page is {@code /connectors/decidim/sites/<host>}); for a configuration
     * that cannot be followed, the host it names if any, else the configured text reduced to what a path can hold.
     */
    public String host() {
        if (follower != null) {
            return follower.site().host();
        }
        try {
            String host = java.net.URI.create(configuredUrl).getHost();
            if (host != null) {
                return host.toLowerCase(java.util.Locale.ROOT);
            }
        } catch (IllegalArgumentException unreadable) {
            // falls through
        }
        String key = configuredUrl.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
        return key.isEmpty() ? "unnamed" : key;
    }

    /** Asks for a full sync now: a one-off reconcile job, run once across runtimes. */
    public boolean syncNow(java.time.Instant now) {
        return jobs.schedule(JobRequest.once(RECONCILE_JOB, host() + "|now|" + now.getEpochSecond(), now, host()));
    }
}
