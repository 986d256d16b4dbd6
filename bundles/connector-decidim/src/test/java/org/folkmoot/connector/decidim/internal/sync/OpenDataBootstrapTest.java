package org.folkmoot.connector.decidim.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.folkmoot.api.archive.ChangeKind;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataImport;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataLimits;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataProgress;
import org.folkmoot.connector.decidim.internal.opendata.OpenDataZip;
import org.folkmoot.platform.internal.storage.JdbcTransactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open-data bootstrap through the platform's real archive (H2, migrated as a running installation is),
 * then the GraphQL follower on the fake site: it carries on from what the export gave, with no duplicate and
 * no edit, and importing the export again after the follower changes nothing either.
 */
class OpenDataBootstrapTest {

    private static final String SITE = "https://decidim.example.gov.uk";
    private static final String HOST = "decidim.example.gov.uk";

    @TempDir
    Path tmp;
    private SyncHarness h;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void theFollowerCarriesOnFromTheBootstrapWithoutDuplicatesOrEdits() throws Exception {
        DataSource ds = SyncHarness.h2();
        h = new SyncHarness("0.31", List.of(), ds);
        OpenDataImport bootstrap = new OpenDataImport(h.mapper, h.archive, new JdbcTransactions(ds), Clock.systemUTC(), h.store);
        Path zip = export();

        OpenDataProgress first = importOnce(bootstrap, zip);
        assertEquals(1, first.importedCount(), first.refusals().toString());
        String bootstrapped = h.contribution("proposal", "102").id();
        assertEquals("cy", h.contribution("proposal", "102").language());
        var filed = h.contribution("proposal", "102").container();
        var containers = new org.folkmoot.connector.decidim.internal.site.SiteContainers(
                new org.folkmoot.connector.decidim.internal.site.ConnectorStorage(h.transactions, null));
        var described = containers.describe(filed.type(), filed.id()).orElseThrow(
                () -> new AssertionError("the bootstrap records the component it files items under"));
        assertEquals(SITE + "/processes/victoria-park/f/11/", described.page());
        assertEquals(filed.title(), described.title().en(), "titled as the item was filed, until a sync says more");
        assertEquals("ODbL 1.0", described.licenceIfAny().orElseThrow().name(), "so search shows the licence from the start");
        assertEquals(HOST + ":participatory-process:1", described.parentIfAny().orElseThrow().id());

        SyncRun run = h.follower.newItems();
        assertEquals(11, run.counts().created(), run.counts().toString());
        assertEquals(0, run.counts().edited());
        assertEquals(bootstrapped, h.contribution("proposal", "102").id(), "the bootstrapped contribution, not a second one");
        assertEquals(ChangeKind.CREATED, h.contribution("proposal", "102").lastChange(), "and not edited");

        long sequence = h.archive.currentSequence();
        OpenDataProgress again = importOnce(bootstrap, zip);
        assertEquals(1, again.unchangedCount());
        assertEquals(sequence, h.archive.currentSequence(), "importing the export again after the follower writes nothing");
    }

    private OpenDataProgress importOnce(OpenDataImport bootstrap, Path file) throws Exception {
        try (OpenDataZip zip = OpenDataZip.open(file, HOST, OpenDataLimits.DEFAULT)) {
            assertEquals(1, bootstrap.check(zip));
            OpenDataProgress progress = new OpenDataProgress("test", SITE, "open-data.zip", java.time.Instant.now());
            bootstrap.run(zip, SITE, progress);
            assertTrue(progress.finished() && progress.failure().isEmpty(), progress.failure());
            return progress;
        }
    }

    /** Proposal 102 of the fake site as Decidim's open data writes it. */
    private Path export() throws Exception {
        Path file = tmp.resolve("open-data.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(HOST + "-open-data-proposals.csv"));
            zip.write(("id;author/id;author/name;author/url;participatory_space/id;participatory_space/url;component/id;"
                    + "title/en;body/en;published_at;url\n"
                    + "102;503;A resident;" + SITE + "/profiles/resident;1;" + SITE + "/processes/victoria-park;11;"
                    + "Mwy o goed yn y parc;\"<p>Hoffwn weld mwy o goed brodorol ar hyd y llwybr, er mwyn cael cysgod yn yr haf"
                    + " a lle i adar nythu.</p>\";2026-10-02 12:00:00 UTC;" + SITE + "/processes/victoria-park/f/11/proposals/102\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
