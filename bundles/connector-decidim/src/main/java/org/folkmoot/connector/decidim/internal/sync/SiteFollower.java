package org.folkmoot.connector.decidim.internal.sync;

import java.time.Clock;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.connector.decidim.internal.client.DecidimReader;
import org.folkmoot.connector.decidim.internal.client.GraphqlClient;
import org.folkmoot.connector.decidim.internal.client.SchemaFeatures;
import org.folkmoot.connector.decidim.internal.client.SchemaProbe;
import org.folkmoot.connector.decidim.internal.client.SourceException;
import org.folkmoot.connector.decidim.internal.mapping.ContributionMapper;
import org.folkmoot.connector.decidim.internal.site.DecidimSite;

/**
 * Follows one configured site: each run first reads what the site's schema offers (it may have been
 * upgraded since the last run), then syncs. One run at a time per site in this runtime; the platform's
 * jobs make sure only one runtime runs a site's job at once.
 */
public final class SiteFollower {

    private final DecidimSite site;
    private final GraphqlClient client;
    private final SyncStore store;
    private final ArchiveWriter writer;
    private final ContributionMapper mapper;
    private final Clock clock;

    public SiteFollower(DecidimSite site, GraphqlClient client, SyncStore store, ContributionArchive archive,
            ContributionMapper mapper, Clock clock) {
        this.site = site;
        this.client = client;
        this.store = store;
        this.mapper = mapper;
        this.writer = new ArchiveWriter(archive, mapper, store, clock);
        this.clock = clock;
    }

    public DecidimSite site() {
        return site;
    }

    /** Takes what was published since the last look. */
    public synchronized SyncRun newItems() throws SourceException, InterruptedException {
        return sync(SiteSync.NEW_ITEMS).newItems();
    }

    /** Compares everything followed with the site and brings the archive in step. */
    public synchronized SyncRun reconcile() throws SourceException, InterruptedException {
        return sync(SiteSync.RECONCILE).reconcile();
    }

    /** A sync of the site as its schema is now; a site that cannot even be asked is a failed run, with its advice. */
    private SiteSync sync(String kind) throws SourceException, InterruptedException {
        SchemaFeatures schema;
        try {
            schema = SchemaProbe.probe(client);
        } catch (SourceException e) {
            long run = store.startRun(site.host(), kind, clock.instant());
            store.recordRun(run, new SyncCounts(), "failed", e.getMessage(), e.advice(), clock.instant());
            throw e;
        }
        DecidimReader reader = new DecidimReader(site, client, schema, clock);
        return new SiteSync(site.host(), reader, store, writer, new ContainerRecorder(site.url(), store, writer, mapper::plainText), clock,
                client::requests);
    }
}
