package org.folkmoot.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.platform.internal.TestDb;
import org.folkmoot.platform.internal.archive.JdbcContributionArchive;
import org.folkmoot.platform.internal.audit.JdbcAuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuthorPseudonymsTest {

    private final AuthorPseudonyms one = new AuthorPseudonyms(new byte[32]);
    private final AuthorPseudonyms other = new AuthorPseudonyms("another installation's secret 32b".getBytes());

    @Test
    void aPseudonymHasTheDocumentedFormAndNeverTheName() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String name = "resident-" + i;
            String p = one.of(name);
            assertTrue(Pseudonyms.FORM.matcher(p).matches(), p);
            assertFalse(p.contains(name));
            assertTrue(seen.add(p), "distinct");
        }
    }

    @Test
    void aPersonOnAnotherPlatformGetsAStablePseudonymOfTheirOwnPerSource() {
        String at = one.authorAt("decidim:decidim.example.org", "42");
        assertTrue(Pseudonyms.FORM.matcher(at).matches(), at);
        assertEquals(at, one.authorAt("decidim:decidim.example.org", "42"), "the same person, the same pseudonym");
        assertNotEquals(at, one.authorAt("decidim:other.example.org", "42"), "the same id on another site is someone else");
        assertNotEquals(at, one.authorAt("decidim:decidim.example.org", "43"));
        assertNotEquals(at, one.of("42"), "nobody who signs in here");
        assertNotEquals(at, other.authorAt("decidim:decidim.example.org", "42"), "another installation cannot link them");
        assertThrows(IllegalArgumentException.class, () -> one.authorAt("decidim:decidim.example.org", " "));
    }

    @TempDir
    Path tmp;

    static Stream<String> kinds() {
        return TestDb.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anArchiveFromBeforePseudonymsIsRewrittenOnceAndTheSecretKept(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            var archive = new JdbcContributionArchive(db.ds(), new JdbcAuditLog(db.ds(), Clock.systemUTC()), Clock.systemUTC());
            try (var c = db.ds().getConnection(); var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO account (id, display_name, created, disabled) "
                        + "VALUES ('rhian', 'Rhian', CURRENT_TIMESTAMP, FALSE)");
                s.executeUpdate("INSERT INTO account_role (account_id, role_id) VALUES ('rhian', 'resident')");
            }
            String id = archive.append(NewContribution.of("assets", new Container("asset-transfer", "ATR-1", "Hall"),
                    "representation", "rhian", "Keep the hall")).contribution().id();
            AuthorPseudonyms first = new AuthorPseudonyms(db.ds(), null);
            String pseudonym = first.of("rhian");
            assertEquals(pseudonym, archive.get(id).orElseThrow().author());
            assertEquals(pseudonym, new AuthorPseudonyms(db.ds(), null).of("rhian"), "a restart keeps the secret");
        }
    }

    @Test
    void theSameAccountAlwaysWritesUnderTheSamePseudonymHereAndADifferentOneElsewhere() {
        assertEquals(one.of("rhian"), one.of("Rhian"));
        assertNotEquals(one.of("rhian"), other.of("rhian"));
    }
}
