package org.folkmoot.platform.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.folkmoot.platform.internal.TestDb;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModuleMigratorTest {

    @TempDir
    Path tmp;

    static java.util.stream.Stream<String> kinds() {
        return TestDb.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void appliesEachModulesScriptsOnceAndRecordsThemPerModule(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            Path assets = tmp.resolve("assets");
            TestDb.write(assets, "V1__cases.sql", "CREATE TABLE assets_case (id INT PRIMARY KEY, title VARCHAR(100));");
            ModuleMigrator m = new ModuleMigrator(db.ds());
            assertEquals("1", m.migrate("assets", Scripts.inDirectory(assets, kind)));
            TestDb.write(assets, "V2__deadline.sql", "ALTER TABLE assets_case ADD COLUMN deadline DATE;");
            assertEquals("2", m.migrate("assets", Scripts.inDirectory(assets, kind)));
            // Running again changes nothing.
            assertEquals("2", m.migrate("assets", Scripts.inDirectory(assets, kind)));
            try (Connection c = db.ds().getConnection(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO assets_case (id, title, deadline) VALUES (1, 'Old library', DATE '2027-01-31')");
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM schema_history_assets WHERE success = TRUE")) {
                    rs.next();
                    assertEquals(2, rs.getInt(1), "two scripts recorded in the module's history");
                }
            }
            assertTrue(db.tables().contains("schema_history_platform"));
            assertTrue(db.tables().contains("schema_history_assets"));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFailingScriptNamesItselfAndLeavesOtherModulesAlone(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            Path broken = tmp.resolve("broken");
            TestDb.write(broken, "V1__ok.sql", "CREATE TABLE plans_plan (id INT PRIMARY KEY);");
            TestDb.write(broken, "V2__typo.sql", "CREATE TABLEX plans_oops (id INT);");
            ModuleMigrator m = new ModuleMigrator(db.ds());
            MigrationFailure f = assertThrows(MigrationFailure.class,
                    () -> m.migrate("plans", Scripts.inDirectory(broken, kind)));
            assertTrue(f.getMessage().contains("plans"), f.getMessage());
            assertTrue(f.getMessage().contains("V2__typo.sql") || f.getMessage().contains("typo"), f.getMessage());

            Path other = tmp.resolve("other");
            TestDb.write(other, "V1__x.sql", "CREATE TABLE assemblies_panel (id INT PRIMARY KEY);");
            assertEquals("1", m.migrate("assemblies", Scripts.inDirectory(other, kind)));
            assertTrue(db.tables().contains("assemblies_panel"));
            assertFalse(db.tables().contains("plans_oops"));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void databaseSpecificScriptsComeFromTheirSubFolder(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            Path dir = tmp.resolve("search");
            TestDb.write(dir.resolve("h2"), "V1__t.sql", "CREATE TABLE search_h2 (id INT);");
            TestDb.write(dir.resolve("postgresql"), "V1__t.sql", "CREATE TABLE search_pg (id INT);");
            new ModuleMigrator(db.ds()).migrate("search", Scripts.inDirectory(dir, kind));
            assertEquals("h2".equals(kind), db.tables().contains("search_h2"));
            assertEquals("postgresql".equals(kind), db.tables().contains("search_pg"));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aScriptChangedAfterItWasAppliedIsRefused(String kind) throws Exception {
        try (TestDb db = TestDb.platform(kind, tmp)) {
            Path dir = tmp.resolve("plans");
            TestDb.write(dir, "V1__plan.sql", "CREATE TABLE plans_x (id INT);");
            ModuleMigrator m = new ModuleMigrator(db.ds());
            m.migrate("plans", Scripts.inDirectory(dir, kind));
            TestDb.write(dir, "V1__plan.sql", "CREATE TABLE plans_x (id INT, more INT);");
            MigrationFailure f = assertThrows(MigrationFailure.class, () -> m.migrate("plans", Scripts.inDirectory(dir, kind)));
            assertTrue(f.getMessage().contains("changed"), f.getMessage());
        }
    }

    @org.junit.jupiter.api.Test
    void moduleIdsThatCannotNameATableAreRefused() {
        assertEquals("schema_history_connector_decidim", ModuleMigrator.historyTable("connector-decidim"));
        assertThrows(IllegalArgumentException.class, () -> ModuleMigrator.historyTable("x; DROP TABLE y"));
    }
}
