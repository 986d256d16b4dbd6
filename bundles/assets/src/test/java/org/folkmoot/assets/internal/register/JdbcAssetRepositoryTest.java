package org.folkmoot.assets.internal.register;

import org.folkmoot.platform.internal.storage.JdbcTransactions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The V1 migration and the JDBC register on H2 in PostgreSQL mode (the platform's default database). */
class JdbcAssetRepositoryTest {
    JdbcDataSource ds;
    JdbcAssetRepository repo;

    @BeforeEach
    void migrate() throws Exception {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:assets-" + UUID.randomUUID() + ";MODE=PostgreSQL;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V1__assets.sql'");
        }
        repo = new JdbcAssetRepository(ds, new JdbcTransactions(ds), Clock.systemUTC());
    }

    @Test
    void theRealRegisterGoesInAndComesBackWithLeadingZeros() throws Exception {
        TransparencyCodeCsv csv = new TransparencyCodeCsv(repo);
        ImportResult first = csv.importCsv(TransparencyCodeCsvTest.bytes(TransparencyCodeCsvTest.Y2023));
        assertEquals(459, first.created());
        ImportResult again = csv.importCsv(TransparencyCodeCsvTest.bytes(TransparencyCodeCsvTest.Y2023));
        assertEquals(0, again.created());
        assertEquals(459, again.updated());
        assertEquals(459, repo.count());

        Asset a = repo.find(new AssetKey("010000480247", "10/00022/LAND")).orElseThrow();
        assertEquals("Parks, Gardens and open space", a.holdingType());
        assertEquals("395522", a.location().orElseThrow().x().toPlainString());
        assertTrue(repo.find(new AssetKey("10000480247", "10/00022/LAND")).isEmpty());

        InMemoryAssetRepository mem = new InMemoryAssetRepository();
        new TransparencyCodeCsv(mem).importCsv(TransparencyCodeCsvTest.bytes(TransparencyCodeCsvTest.Y2023));
        assertEquals(mem.all(), repo.all());
    }

    @Test
    void decimalsAndLatLongSurvive() {
        Asset kiosk = new Asset(new AssetKey("000000000042", ""), "Council", "X", "Kiosk", "Park", "", "",
                Optional.of(Location.latLong("51.8991234", "-2.0781234")), "", "", "", "", "");
        assertTrue(repo.upsert(kiosk));
        assertFalse(repo.upsert(kiosk));
        Asset back = repo.find(kiosk.key()).orElseThrow();
        assertEquals(0, back.location().orElseThrow().y().compareTo(kiosk.location().orElseThrow().y()));
        assertEquals(List.of(back), repo.all());
    }
}
