package org.folkmoot.platform.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionQuery;
import org.folkmoot.platform.internal.TestDb;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.folkmoot.platform.internal.demo.DemoData;
import org.folkmoot.platform.internal.privacy.UkRedactor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

class ImportTest {

    @TempDir
    Path tmp;

    static Stream<String> kinds() {
        return TestDb.kinds();
    }

    static JsonLinesImporter.Report run(JsonLinesImporter importer, String text) throws Exception {
        return importer.importFrom(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badLinesAreReportedByNumberAndGoodLinesKeptOnce(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            var archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
            var importer = new JsonLinesImporter(archive, db.ds());
            String file = """
                    {"externalId":"c:1","body":"Open the pool on Sundays","title":"Pool","module":"Decidim","containerType":"consultation","containerId":"p1","containerTitle":"Leisure","kind":"proposal","language":"cy","locality":"W06000015","author":"p-1","created":"2021-05-01T10:00:00Z","tags":["Leisure"]}
                    {"externalId":"c:2","body":
                    {"body":"no id"}

                    {"externalId":"c:3","body":"Fix the lights","created":"yesterday"}
                    {"externalId":"c:4","body":"Plant trees","created":"2022-03-04"}
                    [1,2]
                    {"externalId":"c:5","body":"   "}
                    """;
            JsonLinesImporter.Report r = run(importer, file);
            assertEquals(2, r.imported());
            assertEquals(0, r.skipped());
            assertEquals(List.of(2L, 3L, 5L, 7L, 8L), r.errors().stream().map(JsonLinesImporter.LineError::line).toList());
            assertTrue(r.errors().get(1).message().contains("externalId"), r.errors().get(1).message());
            assertTrue(r.errors().get(2).message().contains("created"), r.errors().get(2).message());

            Contribution c1 = archive.byExternalId("c:1").orElseThrow();
            assertEquals("decidim", c1.module());
            assertEquals("cy", c1.language());
            assertEquals("W06000015", c1.locality());
            assertEquals(List.of("leisure"), c1.tags());
            assertEquals("2021-05-01T10:00:00Z", c1.created().toString());
            assertEquals("2022-03-04T00:00:00Z", archive.byExternalId("c:4").orElseThrow().created().toString());

            // Running the same file again (after a crash, say) duplicates nothing and changes nothing.
            long sequence = archive.currentSequence();
            JsonLinesImporter.Report again = run(importer, file);
            assertEquals(sequence, archive.currentSequence());
            assertEquals(0, again.imported());
            assertEquals(2, again.skipped());
            assertEquals(2, archive.find(new ContributionQuery(null, null, null, null, false, 100, 0)).size());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theDemoSampleLoadsThreeHundredPetitionsAndSixtyWelshCommentsOnce(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            var archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
            var importer = new JsonLinesImporter(archive, db.ds());
            JsonLinesImporter.Report r = DemoData.load(importer);
            assertEquals(360, r.imported(), () -> r.errors().toString());
            assertTrue(r.errors().isEmpty());
            var all = archive.changesSince(0, 1000);
            assertEquals(360, all.size());
            assertEquals(60, all.stream().filter(c -> c.language().equals("cy")).count());
            assertEquals(360, DemoData.load(importer).skipped());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void exportRoundTripsThroughImportAndLeavesOutHiddenAndErased(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            var archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
            var importer = new JsonLinesImporter(archive, db.ds());
            run(importer, """
                    {"externalId":"e:1","body":"Keep, with a comma, and \\"quotes\\"","author":"p-a","link":"https://decidim.example.org/processes/1/f/2/proposals/7"}
                    {"externalId":"e:2","body":"Hide me","author":"p-b"}
                    {"externalId":"e:3","body":"Erase me","author":"p-c"}
                    """);
            var officer = new org.folkmoot.api.audit.Actor("o", "cli");
            archive.hide(archive.byExternalId("e:2").orElseThrow().id(), "abusive", officer);
            archive.eraseAuthor("p-c", officer);
            List<Contribution> published = archive.publicPage(0, 100);
            assertEquals(List.of("e:1"), published.stream().map(Contribution::externalId).toList());
            ObjectMapper mapper = new ObjectMapper();
            Contribution kept = published.get(0);
            assertEquals("https://decidim.example.org/processes/1/f/2/proposals/7", kept.link());
            String line = mapper.writeValueAsString(ContributionJson.exportNode(mapper, kept, kept.link(), new UkRedactor()));
            assertEquals("e:1", ContributionJson.parse(mapper, line).externalId());
            assertEquals(kept.link(), ContributionJson.parse(mapper, line).link());
            assertEquals(kept.link(), mapper.readTree(line).get("page").asText());
            assertEquals("Keep, with a comma, and \"quotes\"", ContributionJson.parse(mapper, line).body());
            String csv = ContributionJson.csv(ContributionJson.csvValues(kept, kept.link(), new UkRedactor()));
            assertTrue(csv.contains("\"Keep, with a comma, and \"\"quotes\"\"\""), csv);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void authorsThatAreNotPseudonymsAreRefusedLineByLine(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            var archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
            try (var c = db.ds().getConnection(); var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO account (id, display_name, created, disabled) "
                        + "VALUES ('jane-smith', 'Jane', CURRENT_TIMESTAMP, FALSE)");
                s.executeUpdate("INSERT INTO account_role (account_id, role_id) VALUES ('jane-smith', 'resident')");
            }
            JsonLinesImporter.Report r = run(new JsonLinesImporter(archive, db.ds()), """
                    {"externalId":"a:1","body":"Fine","author":"decidim-4711"}
                    {"externalId":"a:2","body":"An email","author":"jane.smith@example.org"}
                    {"externalId":"a:3","body":"A name","author":"Jane Smith"}
                    {"externalId":"a:4","body":"A sign-in name","author":"jane-smith"}
                    {"externalId":"a:5","body":"Folkmoot's own","author":"u-abcdefghijklmnopqrstuvwxyz"}
                    {"externalId":"a:6","body":"Nobody","author":"anonymous"}
                    """);
            assertEquals(3, r.imported());
            assertEquals(List.of(2L, 3L, 4L), r.errors().stream().map(JsonLinesImporter.LineError::line).toList());
            assertTrue(r.errors().get(0).message().contains("not a pseudonymous id"), r.errors().get(0).message());
            assertTrue(r.errors().get(0).message().contains("such as decidim-4711"), "says what to send instead");
            assertTrue(r.errors().get(2).message().contains("sign-in name"), r.errors().get(2).message());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void linksThatAreNotAPathOrAnHttpsUrlAreRefusedByLine(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            var archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
            var importer = new JsonLinesImporter(archive, db.ds());
            JsonLinesImporter.Report r = run(importer, """
                    {"externalId":"l:1","body":"a","link":"/assets/cases/42"}
                    {"externalId":"l:2","body":"b","link":"javascript:alert(1)"}
                    {"externalId":"l:3","body":"c","link":"//evil.example.com/x"}
                    {"externalId":"l:4","body":"d","link":"http://consul.example.org/debates/3"}
                    {"externalId":"l:5","body":"e","link":"https://consul.example.org/debates/3#comment_9"}
                    {"externalId":"l:6","body":"f","link":"/a page"}
                    """);
            assertEquals(2, r.imported());
            assertEquals(List.of(2L, 3L, 4L, 6L), r.errors().stream().map(JsonLinesImporter.LineError::line).toList());
            assertTrue(r.errors().get(0).message().contains("link"), r.errors().get(0).message());
            assertEquals("/assets/cases/42", archive.byExternalId("l:1").orElseThrow().link());
            String id = archive.byExternalId("l:1").orElseThrow().id();
            Contribution edited = archive.edit(id, new org.folkmoot.api.archive.Edit(null, "a, edited", null),
                    new org.folkmoot.api.audit.Actor("o", "cli"));
            assertEquals("/assets/cases/42", edited.link(), "an edit keeps where it was said");
            assertEquals("/assets/cases/42", archive.get(id).orElseThrow().link());
        }
    }

    @org.junit.jupiter.api.Test
    void invalidUtf8IsRefused() throws Exception {
        byte[] bad = "{\"externalId\":\"x\",\"body\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        var importer = new JsonLinesImporter(null, null);
        assertThrows(JsonLinesImporter.NotUtf8Exception.class,
                () -> importer.importFrom(new ByteArrayInputStream(bad), "test"));
    }
}
