package org.folkmoot.connector.decidim.internal.site;

import org.folkmoot.connector.decidim.internal.TestMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.storage.StorageException;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.api.storage.TxWork;
import org.folkmoot.connector.decidim.internal.MemoryJobs;
import org.folkmoot.connector.decidim.internal.TestPseudonyms;
import org.folkmoot.connector.decidim.internal.sync.SyncHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A site's configuration becomes a follower and exactly one recurring job of each kind at its intervals. */
class FollowedSiteTest {

    private final MemoryJobs jobs = new MemoryJobs();
    /** The scheduler above needs no connection: work runs without one. */
    private final Transactions noDatabase = new Transactions() {
        @Override
        public <T> T inTransaction(TxWork<T> work) {
            try {
                return work.run(null);
            } catch (SQLException e) {
                throw new StorageException(e);
            }
        }
    };
    private SyncHarness h;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void aSiteGetsItsTwoRecurringJobsAndAChangedIntervalReplacesTheOldJob() throws Exception {
        h = new SyncHarness("0.31");
        site(config("https://decidim.example.gov.uk/", 15, 24));

        assertEquals(List.of("connector-decidim.new-items decidim.example.gov.uk|every PT15M PT15M",
                "connector-decidim.reconcile decidim.example.gov.uk|every PT24H PT24H"), described());

        FollowedSite again = site(config("https://decidim.example.gov.uk", 30, 24));

        assertEquals(List.of("connector-decidim.reconcile decidim.example.gov.uk|every PT24H PT24H",
                "connector-decidim.new-items decidim.example.gov.uk|every PT30M PT30M"), described(),
                "a restart changes nothing; a new interval replaces the job");
        assertTrue(again.follower().isPresent());
        assertEquals("decidim.example.gov.uk", again.host());
        assertTrue(again.syncNow(java.time.Instant.parse("2026-11-20T10:00:00Z")));
        JobRequest now = jobs.scheduled.get(jobs.scheduled.size() - 1);
        assertEquals(Optional.empty(), now.every(), "sync now runs once");
        assertEquals("decidim.example.gov.uk", now.payload());
    }

    @Test
    void aRemovedConfigurationCancelsItsSitesJobsAndAStoppedModuleKeepsThem() throws Exception {
        h = new SyncHarness("0.31");
        FollowedSite other = site(config("https://other.example.gov.uk", 15, 24));
        FollowedSite site = site(config("https://decidim.example.gov.uk", 15, 24));
        assertTrue(site.syncNow(java.time.Instant.parse("2026-11-20T10:00:00Z")));
        assertEquals(5, jobs.scheduled.size());

        site.deactivate(FollowedSite.BUNDLE_STOPPED);
        assertEquals(5, jobs.scheduled.size(), "a module stopped (or a runtime shut down) keeps the jobs: the site is still configured");

        site.deactivate(FollowedSite.CONFIGURATION_DELETED);
        assertEquals(List.of("connector-decidim.new-items other.example.gov.uk|every PT15M PT15M",
                "connector-decidim.reconcile other.example.gov.uk|every PT24H PT24H"), described(),
                "the removed site's recurring jobs and its Sync now are gone; the other site's stay");

        other.deactivate(FollowedSite.CONFIGURATION_MODIFIED);
        assertEquals(List.of(), described(), "an edited configuration lets go of its jobs...");
        site(config("https://other.example.gov.uk", 30, 24));
        assertEquals(List.of("connector-decidim.new-items other.example.gov.uk|every PT30M PT30M",
                "connector-decidim.reconcile other.example.gov.uk|every PT24H PT24H"), described(),
                "...and schedules them again as it comes back");
    }

    @Test
    void aConfigurationThatCannotBeFollowedIsKeptWithItsProblemAndSchedulesNothing() throws Exception {
        h = new SyncHarness("0.31");
        FollowedSite site = site(config("http://decidim.example.gov.uk", 15, 24));

        assertTrue(site.follower().isEmpty());
        assertTrue(site.problem().contains("https"), site.problem());
        assertEquals(List.of(), jobs.scheduled);
    }

    private FollowedSite site(SiteConfig config) {
        return new FollowedSite(config, h.archive, new TestPseudonyms(), TestMapper.HTML, TestMapper.LANGUAGES, new ConnectorStorage(noDatabase, null), jobs, noDatabase);
    }

    private List<String> described() {
        return jobs.scheduled.stream().map(r -> r.name() + " " + r.key() + " " + r.every().map(Duration::toString).orElse(""))
                .toList();
    }

    private static SiteConfig config(String url, int newItemsMinutes, int reconcileHours) {
        return new SiteConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SiteConfig.class;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String apiUrl() {
                return "";
            }

            @Override
            public String apiKey() {
                return "";
            }

            @Override
            public String apiSecret() {
                return "";
            }

            @Override
            public String[] spaces() {
                return new String[0];
            }

            @Override
            public int newItemsEveryMinutes() {
                return newItemsMinutes;
            }

            @Override
            public int reconcileEveryHours() {
                return reconcileHours;
            }

            @Override
            public int requestsPerMinute() {
                return 60;
            }

            @Override
            public int timeoutSeconds() {
                return 30;
            }
        };
    }
}
