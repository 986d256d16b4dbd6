package org.folkmoot.connector.decidim.internal.sync;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.connector.decidim.fixture.FakeDecidim;
import org.folkmoot.connector.decidim.internal.TestPseudonyms;
import org.folkmoot.connector.decidim.internal.client.FakeTime;
import org.folkmoot.connector.decidim.internal.client.GraphqlClient;
import org.folkmoot.connector.decidim.internal.client.Pacer;
import org.folkmoot.connector.decidim.internal.mapping.ContributionMapper;
import org.folkmoot.connector.decidim.internal.site.DecidimSite;
import org.folkmoot.platform.internal.archive.JdbcContributionArchive;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A site followed into the platform's real archive on H2 (PostgreSQL mode), with the platform's and the
 * connector's migrations applied, against a {@link FakeDecidim}.
 */
final class SyncHarness implements AutoCloseable {

    final FakeDecidim decidim;
    final FakeTime time = new FakeTime();
    final JdbcContributionArchive archive;
    final SyncStore store;
    final TestPseudonyms pseudonyms = new TestPseudonyms();
    final ContributionMapper mapper = new ContributionMapper(pseudonyms);
    final DecidimSite site;
    final GraphqlClient client;
    final SiteFollower follower;

    SyncHarness(String schema, List<String> spaces) throws Exception {
        decidim = FakeDecidim.start(schema);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:decidim-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String script : List.of("platform/V1__platform.sql", "platform/V2__contribution_link.sql",
                    "platform/V3__jobs_and_mail.sql", "platform/V4__module_roles_and_files.sql", "V1__connector_decidim.sql")) {
                s.execute("RUNSCRIPT FROM 'classpath:/db/migration/" + script + "'");
            }
        }
        archive = new JdbcContributionArchive(ds, new JdbcAuditLog(ds, time), time);
        store = new SyncStore(new JdbcTransactions(ds));
        site = new DecidimSite(decidim.publicUrl(), decidim.api(), "", "", spaces, Duration.ofMinutes(15), Duration.ofHours(24),
                6000, Duration.ofSeconds(10));
        client = new GraphqlClient(site, HttpClient.newHttpClient(), new Pacer(6000, time, time), time, new ObjectMapper());
        follower = new SiteFollower(site, client, store, archive, mapper, time);
    }

    SyncHarness(String schema) throws Exception {
        this(schema, List.of());
    }

    /** The contribution for an item of the fake site. */
    Contribution contribution(String type, String id) {
        return archive.byExternalId("decidim:decidim.example.gov.uk:" + type + ":" + id)
                .orElseThrow(() -> new AssertionError("no " + type + " " + id + " in the archive"));
    }

    boolean inArchive(String type, String id) {
        return archive.byExternalId("decidim:decidim.example.gov.uk:" + type + ":" + id).isPresent();
    }

    @Override
    public void close() {
        decidim.close();
    }
}
