package org.folkmoot.connector.decidim.internal.jobs;

import java.util.Optional;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.connector.decidim.internal.site.FollowedSite;
import org.folkmoot.connector.decidim.internal.site.FollowedSites;
import org.folkmoot.connector.decidim.internal.sync.SiteFollower;
import org.folkmoot.connector.decidim.internal.sync.SyncRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the two job handlers share: find the site a job names and run it, logging what it did. */
final class SyncJobs {

    private static final Logger LOG = LoggerFactory.getLogger(SyncJobs.class);

    private SyncJobs() {
    }

    /** The follower of the job's site; empty (the job ends) when that site is no longer configured. */
    static Optional<SiteFollower> follower(FollowedSites sites, Job job) {
        Optional<SiteFollower> f = sites.byHost(job.payload()).flatMap(FollowedSite::follower);
        if (f.isEmpty()) {
            LOG.info("Job {} names Decidim site {}, which is not configured (or cannot be followed): nothing to do",
                    job.name(), job.payload());
        }
        return f;
    }

    static void log(SyncRun run) {
        LOG.info("Decidim {} {}: {} ({})", run.host(), run.kind(), run.outcome(), run.counts());
    }
}
