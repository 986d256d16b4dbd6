package org.folkmoot.connector.consul.internal.jobs;

import java.util.Optional;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.folkmoot.connector.consul.internal.site.FollowedSite;
import org.folkmoot.connector.consul.internal.site.FollowedSites;
import org.folkmoot.connector.consul.internal.sync.SyncRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the platform's job {@value FollowedSite#SYNC_JOB}: a site's sync, on its schedule or when an officer asks for
 * one. A run that fails throws, so the job keeps the reason and is tried again later (the run resumes where it stopped).
 */
@Component(service = JobHandler.class, property = JobHandler.NAME_PROPERTY + "=" + FollowedSite.SYNC_JOB)
public class SyncJob implements JobHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SyncJob.class);

    private final FollowedSites sites;

    @Activate
    public SyncJob(@Reference FollowedSites sites) {
        this.sites = sites;
    }

    @Override
    public void run(Job job) throws Exception {
        Optional<FollowedSite> site = sites.byHost(job.payload()).filter(s -> s.site().isPresent());
        if (site.isEmpty()) {
            LOG.info("Job {} names CONSUL site {}, which is not configured (or cannot be followed): nothing to do", job.name(),
                    job.payload());
            return;
        }
        SyncRun run = site.get().sync();
        LOG.info("CONSUL {}: {} ({})", run.host(), run.outcome(), run.counts());
    }
}
