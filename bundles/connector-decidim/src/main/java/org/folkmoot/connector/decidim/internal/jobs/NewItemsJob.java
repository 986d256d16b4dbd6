package org.folkmoot.connector.decidim.internal.jobs;

import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.folkmoot.connector.decidim.internal.site.FollowedSite;
import org.folkmoot.connector.decidim.internal.site.FollowedSites;
import org.folkmoot.connector.decidim.internal.sync.SiteFollower;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs the platform's job {@value FollowedSite#NEW_ITEMS_JOB}: a site's look for new items. */
@Component(service = JobHandler.class, property = JobHandler.NAME_PROPERTY + "=" + FollowedSite.NEW_ITEMS_JOB)
public class NewItemsJob implements JobHandler {

    private final FollowedSites sites;

    @Activate
    public NewItemsJob(@Reference FollowedSites sites) {
        this.sites = sites;
    }

    @Override
    public void run(Job job) throws Exception {
        for (SiteFollower f : SyncJobs.follower(sites, job).stream().toList()) {
            SyncJobs.log(f.newItems());
        }
    }
}
