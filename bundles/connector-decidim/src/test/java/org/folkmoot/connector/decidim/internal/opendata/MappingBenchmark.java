package org.folkmoot.connector.decidim.internal.opendata;

import org.folkmoot.connector.decidim.internal.TestMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;


/**
 * The import without the database: a generated export read, checked, mapped (HTML to text, language detection,
 * pseudonyms) and stored in memory. What the runtime's bootstrap costs on top of this is the archive's writes
 * (and the search indexer catching up beside it). {@code bench.sh} runs the real thing; this separates the two.
 * Usage: {@code MappingBenchmark [ITEMS]}.
 */
public final class MappingBenchmark {

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        new OpenDataGenerator().write(items, zip);
        for (int run = 1; run <= 3; run++) {
            MapArchive archive = new MapArchive();
            try (OpenDataService service = new OpenDataService(archive, archive, TestMapper.mapper(),
                    a -> Optional.of(OpenDataGenerator.SITE), OpenDataLimits.DEFAULT, Clock.systemUTC())) {
                long t0 = System.nanoTime();
                OpenDataProgress p = service.start(OpenDataGenerator.SITE, new ByteArrayInputStream(zip.toByteArray()), "bench.zip");
                service.awaitIdle(10, TimeUnit.MINUTES);
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("run %d: %d rows (check and import) in %.1f s: %.0f rows/s; %d imported, %d withheld%n", run,
                        p.read(), s, p.read() / s, p.importedCount(), p.withheldCount());
            }
        }
    }
}
