package org.folkmoot.connector.decidim.internal.sync;

import org.folkmoot.connector.decidim.internal.TestMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.connector.decidim.fixture.FakeDecidim;
import org.folkmoot.connector.decidim.internal.ArchiveSpies;
import org.folkmoot.connector.decidim.internal.TestPseudonyms;
import org.folkmoot.connector.decidim.internal.client.FakeTime;
import org.folkmoot.connector.decidim.internal.client.GraphqlClient;
import org.folkmoot.connector.decidim.internal.client.Pacer;
import org.folkmoot.connector.decidim.internal.mapping.ContributionMapper;
import org.folkmoot.connector.decidim.internal.site.DecidimSite;
import org.folkmoot.platform.internal.archive.JdbcContributionArchive;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.folkmoot.platform.internal.migration.MigrationScript;
import org.folkmoot.platform.internal.migration.ModuleMigrator;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A site followed into the platform's real archive on H2 (PostgreSQL mode), with the platform's and the
 * connector's migrations applied, against a {@link FakeDecidim}.
 */
public final class SyncHarness implements AutoCloseable {

    public final FakeDecidim decidim;
    public final FakeTime time = new FakeTime();
    public final JdbcContributionArchive archive;
    public final SyncStore store;
    public final JdbcTransactions transactions;
    public final TestPseudonyms pseudonyms = new TestPseudonyms();
    public final ContributionMapper mapper = TestMapper.mapper(pseudonyms);
    public final DecidimSite site;
    public final GraphqlClient client;
    public final SiteFollower follower;
    /** Calls of the archive's writing methods made by the follower, by method name. */
    public final Map<String, AtomicLong> writes = ArchiveSpies.counts();

    SyncHarness(String schema, List<String> spaces) throws Exception {
        this(schema, spaces, h2());
    }

    /**
     * Over a given database, migrated as the platform migrates a running installation: its own scripts,
     * then the connector's.
     */
    public SyncHarness(String schema, List<String> spaces, DataSource ds) throws Exception {
        ModuleMigrator migrator = new ModuleMigrator(ds);
        migrator.migrate("platform", scripts("db/migration/platform/", "V1__platform.sql", "V2__contribution_link.sql",
                "V3__jobs_and_mail.sql", "V4__module_roles_and_files.sql"));
        migrator.migrate("connector-decidim", scripts("db/migration/", "V1__connector_decidim.sql", "V2__open_data_imports.sql"));
        decidim = FakeDecidim.start(schema);
        archive = new JdbcContributionArchive(ds, new JdbcAuditLog(ds, time), time);
        transactions = new JdbcTransactions(ds);
        store = new SyncStore(transactions);
        site = new DecidimSite(decidim.publicUrl(), decidim.api(), "", "", spaces, Duration.ofMinutes(15), Duration.ofHours(24),
                6000, Duration.ofSeconds(10));
        client = new GraphqlClient(site, HttpClient.newHttpClient(), new Pacer(6000, time, time), time, new ObjectMapper());
        follower = new SiteFollower(site, client, store, ArchiveSpies.counting(archive, writes), mapper, time);
    }

    public SyncHarness(String schema) throws Exception {
        this(schema, List.of());
    }

    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:decidim-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        return ds;
    }

    private static List<MigrationScript> scripts(String folder, String... names) {
        return java.util.Arrays.stream(names).map(n -> new MigrationScript(folder + n, n, () -> {
            try (java.io.InputStream in = SyncHarness.class.getResourceAsStream("/" + folder + n)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).toList();
    }

    /** The follower's calls of the archive's writing methods since the last look, by method: {@code {}} when none. */
    public Map<String, Long> writesSinceLastAsked() {
        Map<String, Long> out = new java.util.TreeMap<>();
        writes.forEach((method, n) -> out.put(method, n.getAndSet(0)));
        out.values().removeIf(n -> n == 0);
        return out;
    }

    /** The contribution for an item of the fake site. */
    public Contribution contribution(String type, String id) {
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
