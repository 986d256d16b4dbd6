package org.folkmoot.connector.consul.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.connector.consul.fixture.FakeConsul;
import org.folkmoot.connector.consul.internal.client.ConsulClient;
import org.folkmoot.connector.consul.internal.mapping.ConsulMapper;
import org.folkmoot.connector.consul.internal.site.ConsulSite;
import org.folkmoot.connector.consul.internal.site.FollowedSite;
import org.folkmoot.connector.consul.internal.sync.SyncStore;
import org.folkmoot.platform.internal.archive.JdbcContributionArchive;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.folkmoot.platform.internal.jobs.DatabaseJobScheduler;
import org.folkmoot.platform.internal.migration.MigrationScript;
import org.folkmoot.platform.internal.migration.ModuleMigrator;
import org.folkmoot.platform.internal.security.AuthorPseudonyms;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.folkmoot.platform.internal.text.JsoupHtmlText;
import org.folkmoot.platform.internal.text.OptimaizeTextLanguage;
import org.folkmoot.testkit.TestClock;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A CONSUL site followed into the platform's real archive on H2 (PostgreSQL mode), with the platform's and the
 * connector's migrations applied, the platform's own pseudonyms, jobs and text services, against a {@link FakeConsul}.
 * The clock moves only when the client waits (pacing, {@code Retry-After}, back-off), so nothing here sleeps.
 */
public final class SyncHarness implements AutoCloseable {

    public static final String HOST = "consul.example.gov.uk";

    public final FakeConsul consul = FakeConsul.start();
    public final TestClock time = TestClock.at(Instant.parse("2026-11-20T10:00:00Z"));
    public final DataSource ds;
    public final JdbcContributionArchive archive;
    public final AuthorPseudonyms pseudonyms;
    public final DatabaseJobScheduler jobs;
    public final SyncStore store;
    public final ConsulSite site;
    public final ConsulClient client;
    public final FollowedSite followed;

    public SyncHarness() throws Exception {
        this(Duration.ofSeconds(10));
    }

    public SyncHarness(Duration timeout) throws Exception {
        this(timeout, h2());
    }

    /** Over a given database, migrated as the platform migrates a running installation: its own scripts, then the connector's. */
    public SyncHarness(Duration timeout, DataSource ds) throws Exception {
        this.ds = ds;
        ModuleMigrator migrator = new ModuleMigrator(ds);
        migrator.migrate("platform", scripts("db/migration/platform/", "V1__platform.sql", "V2__contribution_link.sql",
                "V3__jobs_and_mail.sql", "V4__module_roles_and_files.sql", "V5__cluster.sql"));
        migrator.migrate("connector-consul", scripts("db/migration/", "V1__connector_consul.sql"));
        archive = new JdbcContributionArchive(ds, new JdbcAuditLog(ds, time), time);
        pseudonyms = new AuthorPseudonyms(ds, null);
        jobs = DatabaseJobScheduler.withClock(ds, time);
        store = new SyncStore(new JdbcTransactions(ds));
        site = new ConsulSite(consul.publicUrl(), consul.api(), Duration.ofMinutes(60), 600, timeout);
        client = new ConsulClient(site.api(), site.requestsPerMinute(), timeout, HttpClient.newHttpClient(), time,
                d -> time.advance(d));
        followed = FollowedSite.of(site, client, store, archive, mapper(), jobs, time);
    }

    public ConsulMapper mapper() {
        return new ConsulMapper(pseudonyms, new JsoupHtmlText(), new OptimaizeTextLanguage());
    }

    /** The contribution of an item of the fake site. */
    public Contribution contribution(String type, String id) {
        return archive.byExternalId("consul:" + HOST + ":" + type + ":" + id)
                .orElseThrow(() -> new AssertionError("no " + type + " " + id + " in the archive"));
    }

    public boolean inArchive(String type, String id) {
        return archive.byExternalId("consul:" + HOST + ":" + type + ":" + id).isPresent();
    }

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:consul-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        return ds;
    }

    private static List<MigrationScript> scripts(String folder, String... names) {
        return Arrays.stream(names).map(n -> new MigrationScript(folder + n, n, () -> {
            try (InputStream in = SyncHarness.class.getResourceAsStream("/" + folder + n)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })).toList();
    }

    @Override
    public void close() {
        consul.close();
    }
}
