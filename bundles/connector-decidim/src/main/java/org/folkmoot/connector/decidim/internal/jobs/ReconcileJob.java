package org.folkmoot.connector.decidim.internal.jobs;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.folkmoot.connector.decidim.internal.site.FollowedSite;
import org.folkmoot.connector.decidim.internal.site.FollowedSites;
import org.folkmoot.connector.decidim.internal.sync.SiteFollower;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the platform's job {@value FollowedSite#RECONCILE_JOB}: a site's full reconcile, on its schedule or
 * when an officer asks for a sync now. A run that fails throws, so the job keeps the reason and is tried again.
 */
@Component(service = JobHandler.class, property = JobHandler.NAME_PROPERTY + "=" + FollowedSite.RECONCILE_JOB)
public class ReconcileJob implements JobHandler {

    private final FollowedSites sites;

    @Activate
    public ReconcileJob(@Reference FollowedSites sites) {
        this.sites = sites;
    }

    @Override
    public void run(Job job) throws Exception {
        for (SiteFollower f : SyncJobs.follower(sites, job).stream().toList()) {
            SyncJobs.log(f.reconcile());
        }
    }
}
