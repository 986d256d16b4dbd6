package org.folkmoot.connector.decidim.internal.opendata;

import org.folkmoot.connector.decidim.internal.TestMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.folkmoot.api.archive.Contribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenDataImportTest {

    static final String SITE = DemoExport.SITE;
    static final String HOST = DemoExport.HOST;
    static final String P = "decidim:" + HOST + ":";

    @TempDir
    Path tmp;
    final MapArchive archive = new MapArchive();
    final Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    final OpenDataService service = new OpenDataService(archive, archive, TestMapper.mapper(),
            address -> ConfiguredSites.host(address) != null && ConfiguredSites.host(address).equals(HOST) ? Optional.of(SITE)
                    : Optional.empty(), OpenDataLimits.DEFAULT, clock);

    @Test
    void theDemoExportIsImportedWithLanguagesTextAndLinks() throws Exception {
        OpenDataProgress done = importDemo();
        assertEquals(OpenDataProgress.Stage.DONE, done.stage(), done.failure());
        // 5 proposals, 4 comments, 1 debate, 1 meeting; a proposal and a comment of deleted accounts withheld
        assertEquals(11, done.rows());
        assertEquals(9, done.importedCount());
        assertEquals(2, done.withheldCount());
        assertEquals(0, done.refusedCount(), () -> done.refusals().toString());

        Contribution welsh = archive.external(P + "proposal:2");
        assertEquals("cy", welsh.language(), "Welsh labelled en is found to be Welsh");
        assertEquals("Mwy o feinciau ym Mharc y Dref", welsh.title());
        assertEquals(SITE + "/processes/town-centre/f/12/proposals/2", welsh.link());
        assertEquals(Instant.parse("2024-03-06T14:00:00Z"), welsh.created());

        Contribution english = archive.external(P + "proposal:1");
        assertEquals("en", english.language());
        assertTrue(english.body().contains("\n- Students have nowhere quiet to work\n"), english.body());
        assertTrue(english.body().endsWith("Sundays & bank holidays."), english.body());
        assertFalse(english.body().contains("<"));

        Contribution catalan = archive.external(P + "proposal:3");
        assertEquals("ca", catalan.language(), "the human-written Catalan, not the machine's Spanish");
        assertEquals("Més arbres als patis de les escoles", catalan.title());

        Contribution noScript = archive.external(P + "proposal:5");
        assertFalse(noScript.body().contains("alert"), noScript.body());
        assertEquals("Safer crossing outside St Mary's school", noScript.title());

        assertEquals("pt", archive.external(P + "debate:7").language());
        assertEquals("Town centre drop-in: have your say", archive.external(P + "meeting:9").title());

        Contribution reply = archive.external(P + "comment:102");
        assertEquals("cy", reply.language());
        assertEquals("comment", reply.kind());
        assertEquals(SITE + "/processes/town-centre/f/12/proposals/1?commentId=102#comment_102", reply.link());
        assertNull(archive.external(P + "comment:103"), "a deleted account's words are not taken in");
        assertNull(archive.external(P + "proposal:4"));
        assertEquals(HOST + ":12", reply.container().id(), "filed under the proposal's component");
        assertFalse(reply.author().contains("Gareth"), "a pseudonym, never the name");
    }

    @Test
    void importingTheSameExportAgainChangesNothing() throws Exception {
        importDemo();
        long sequence = archive.currentSequence();
        OpenDataProgress again = importDemo();
        assertEquals(0, again.importedCount());
        assertEquals(0, again.updatedCount());
        assertEquals(9, again.unchangedCount());
        assertEquals(sequence, archive.currentSequence());
    }

    @Test
    void aTextChangedAtTheSourceIsAnEdit() throws Exception {
        importDemo();
        Map<String, String> files = demoFiles();
        String name = HOST + "-open-data-proposals.csv";
        files.put(name, files.get(name).replace("Open the library on Sunday afternoons", "Open the library on Sundays"));
        OpenDataProgress edited = run(zip(files));
        assertEquals(1, edited.updatedCount());
        assertEquals(8, edited.unchangedCount());
        assertEquals("Open the library on Sundays", archive.external(P + "proposal:1").title());
        assertEquals(1, archive.edits);
    }

    @Test
    void rowsThatCannotBeTakenInAreRefusedWithFileAndLineAndTheRestIsKept() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(HOST + "-open-data-proposals.csv", "id,title/en,body/en,url,published_at,author/id,author/name\n"
                + "1,One,First body," + SITE + "/processes/p/f/3/proposals/1,2024-01-01T10:00:00Z,5,Five\n"
                + ",No id,Body," + SITE + "/processes/p/f/3/proposals/2,2024-01-01,5,Five\n"
                + "3,No url,Body,,2024-01-01,5,Five\n");
        OpenDataProgress p = run(zip(files));
        assertEquals(1, p.importedCount());
        assertEquals(2, p.refusedCount());
        assertEquals(3, p.refusals().get(0).line());
        assertTrue(p.refusals().get(0).message().english().contains("no id"));
        assertEquals(HOST + "-open-data-proposals.csv", p.refusals().get(1).file());
        assertEquals(4, p.refusals().get(1).line());
        assertTrue(p.refusals().get(1).message().in("cy").contains("nid oes url iddi"), "the page says it in Welsh too");
    }

    @Test
    void aProposalWithdrawnAtTheSourceIsNotShown() throws Exception {
        String header = "id;author/id;author/name;author/url;title/en;body/en;state;withdrawn;published_at;url\n";
        String url = SITE + "/processes/p/f/3/proposals/";
        OpenDataProgress p = run(zip(Map.of(HOST + "-open-data-proposals.csv", header
                + "1;5;Ann;" + SITE + "/profiles/ann;Kept;Still proposed.;evaluating;false;2024-01-01;" + url + "1\n"
                + "2;5;Ann;" + SITE + "/profiles/ann;Withdrawn;Taken back.;;true;2024-01-01;" + url + "2\n"
                + "3;5;Ann;" + SITE + "/profiles/ann;Old style;Taken back in 0.27.;withdrawn;;2024-01-01;" + url + "3\n")));
        assertEquals(1, p.importedCount());
        assertEquals(2, p.withheldCount());
        assertNull(archive.external(P + "proposal:2"));
    }

    @Test
    void anOrganisationOrAMeetingAsAuthorIsTheSitesOfficialVoice() throws Exception {
        String header = "id;author/id;author/name;author/url;title/en;body/en;published_at;url\n";
        String url = SITE + "/processes/p/f/3/proposals/";
        run(zip(Map.of(HOST + "-open-data-proposals.csv", header
                + "1;1;Town Council;" + SITE + "/;Official;We propose a new park.;2024-01-01;" + url + "1\n"
                + "2;8;Town drop-in;" + SITE + "/processes/p/f/4/meetings/8;From a meeting;Benches by the river.;2024-01-01;" + url + "2\n"
                + "3;1, 9;Ann, Bo;" + SITE + "/profiles/ann, " + SITE + "/profiles/bo;Ours;Two of us propose this.;2024-01-01;" + url + "3\n")));
        var mapper = TestMapper.mapper();
        assertEquals(mapper.authorOnSite(HOST, "official"), archive.external(P + "proposal:1").author());
        assertEquals(mapper.authorOnSite(HOST, "official"), archive.external(P + "proposal:2").author());
        assertEquals(mapper.authorOnSite(HOST, "1"), archive.external(P + "proposal:3").author(), "the first co-author");
    }

    @Test
    void badUploadsAreRefusedWholeAndNothingIsWritten() throws Exception {
        assertRefused("not a ZIP", "hello".getBytes(StandardCharsets.UTF_8));
        assertRefused("no open-data CSV", zip(Map.of("readme.txt", "hi")));
        assertRefused("export of other.example.org", zip(Map.of("other.example.org-open-data-proposals.csv", "id\n1\n")));
        assertRefused("cannot be read as CSV at line 3", zip(Map.of(HOST + "-open-data-proposals.csv",
                "id;title/en;url\n1;fine;" + SITE + "/processes/p/f/3/proposals/1\n2;\"unclosed;x\n")));
        assertRefused("no id column", zip(Map.of(HOST + "-open-data-proposals.csv", "name;title\nx;y\n")));
        assertThrows(OpenDataService.UnknownSite.class, () -> service.start("https://elsewhere.example.org",
                new ByteArrayInputStream(demoZip()), "x.zip"));
        assertEquals(0, archive.currentSequence());
    }

    @Test
    void aZipBombIsRefusedBeforeItIsExpanded() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(HOST + "-open-data-proposals.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertRefused("expands", bytes.toByteArray());
        OpenDataService small = new OpenDataService(archive, archive, TestMapper.mapper(), a -> Optional.of(SITE),
                new OpenDataLimits(10, 100, 1000, 200), clock);
        OpenDataRefused oversized = assertThrows(OpenDataRefused.class,
                () -> small.start(SITE, new ByteArrayInputStream(demoZip()), "demo.zip"));
        assertTrue(oversized.getMessage().contains("over the limit"), oversized.getMessage());
        assertEquals(0, archive.currentSequence());
    }

    @Test
    void commaAndSemicolonFilesAndEmptyFilesAreRead() throws Exception {
        assertEquals(';', OpenDataCsv.separator("id;title/en;body/en"));
        assertEquals(',', OpenDataCsv.separator("id,title/en,\"a;b\""));
        assertTrue(OpenDataCsv.open(new ByteArrayInputStream(new byte[0])).columns().isEmpty());
        try (OpenDataCsv csv = OpenDataCsv.open(new ByteArrayInputStream("\uFEFFid;body\n1;\"two\nlines\"\n\n2;x\n"
                .getBytes(StandardCharsets.UTF_8)))) {
            OpenDataCsv.Row first = csv.next();
            assertEquals("1", first.get("id"));
            assertEquals("two\nlines", first.get("body"));
            assertEquals(2, first.line());
            OpenDataCsv.Row second = csv.next();
            assertEquals(5, second.line());
            assertEquals("", second.get("missing"));
            assertFalse(csv.hasNext());
        }
    }

    @Test
    void datesInTheFormsRailsWrites() {
        assertEquals(Instant.parse("2024-03-04T09:15:00Z"), OpenDataRow.date("2024-03-04 09:15:00 UTC"));
        assertEquals(Instant.parse("2024-03-04T08:15:00Z"), OpenDataRow.date("2024-03-04 09:15:00 +0100"));
        assertEquals(Instant.parse("2024-03-04T09:15:00Z"), OpenDataRow.date("2024-03-04T09:15:00.000Z"));
        assertEquals(Instant.parse("2024-03-04T09:15:00Z"), OpenDataRow.date("2024-03-04 09:15:00"));
        assertEquals(Instant.parse("2024-03-04T00:00:00Z"), OpenDataRow.date("2024-03-04"));
        assertNull(OpenDataRow.date("soon"));
        assertEquals(Instant.parse("2024-03-04T09:15:00Z"), OpenDataRow.date("2024-03-04t09:15:00Z"));
    }

    private void assertRefused(String expected, byte[] upload) {
        OpenDataRefused e = assertThrows(OpenDataRefused.class, () -> service.start(SITE, new ByteArrayInputStream(upload), "x.zip"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private OpenDataProgress importDemo() throws Exception {
        return run(demoZip());
    }

    private OpenDataProgress run(byte[] zip) throws Exception {
        OpenDataProgress p = service.start(SITE, new ByteArrayInputStream(zip), "open-data.zip");
        assertTrue(service.awaitIdle(30, TimeUnit.SECONDS));
        assertTrue(p.finished());
        return p;
    }

    static byte[] demoZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoExport.writeZip(out);
        return out.toByteArray();
    }

    static Map<String, String> demoFiles() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String kind : new String[] {"proposals", "proposal_comments", "debates", "meetings", "meeting_comments", "results"}) {
            String name = HOST + "-open-data-" + kind + ".csv";
            files.put(name, new String(OpenDataImportTest.class.getResourceAsStream("/demo/open-data/" + name).readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        return files;
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

}
