package org.folkmoot.assets.bench;

import org.folkmoot.platform.internal.storage.JdbcTransactions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.register.CouncilRegisters;
import org.folkmoot.assets.internal.register.InMemoryAssetRepository;
import org.folkmoot.assets.internal.register.JdbcAssetRepository;
import org.folkmoot.assets.internal.register.TransparencyCodeCsv;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.folkmoot.assets.internal.rules.RuleSet;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Rough figures, not a test: the register import (in memory and into H2 in PostgreSQL mode) and
 * deadline computation. Run from the repository root after a build:
 * {@code mvn -q -pl bundles/assets dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt} then
 * {@code java -cp bundles/assets/target/classes:bundles/assets/target/test-classes:$(cat /tmp/cp.txt) org.folkmoot.assets.bench.AssetsBenchmark}
 * (the register comes from the repository's {@code bundles/testdata/council-assets}).
 */
public final class AssetsBenchmark {
    public static void main(String[] args) throws Exception {
        byte[] file = CouncilRegisters.read("cheltenham_local_authority_land_and_assets_2021.csv");
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int n = 0;
            for (int i = 0; i < 50; i++) {
                n += new TransparencyCodeCsv(new InMemoryAssetRepository()).importCsv(file).imported();
            }
            long t1 = System.nanoTime();
            System.out.printf("in memory: %d rows in %.1f ms (%.0f rows/s)%n", n, (t1 - t0) / 1e6, n / ((t1 - t0) / 1e9));
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:/db/migration/V1__assets.sql'");
        }
        TransparencyCodeCsv jdbc = new TransparencyCodeCsv(new JdbcAssetRepository(ds, new JdbcTransactions(ds), Clock.systemUTC()));
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int n = jdbc.importCsv(file).imported();
            long t1 = System.nanoTime();
            System.out.printf("H2 (PostgreSQL mode): %d rows in %.1f ms%n", n, (t1 - t0) / 1e6);
        }
        RuleSet rules = RuleBook.bundled().byId("scotland-cesa-2015-part5").orElseThrow();
        WorkingDayCalendar cal = WorkingDayCalendar.bundled(CalendarRegion.SCOTLAND);
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long sum = 0;
            for (int i = 0; i < 100_000; i++) {
                sum += rules.period("review-application").lastDay(start.plusDays(i % 3650), cal).toEpochDay();
            }
            long t1 = System.nanoTime();
            System.out.printf("20-working-day deadlines: 100000 in %.1f ms (%.2f us each) [%d]%n", (t1 - t0) / 1e6,
                    (t1 - t0) / 1e3 / 100_000, sum % 7);
        }
    }
}
