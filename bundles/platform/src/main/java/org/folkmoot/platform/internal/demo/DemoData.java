package org.folkmoot.platform.internal.demo;

import java.io.IOException;
import java.io.InputStream;

import org.folkmoot.api.audit.Actor;
import org.folkmoot.platform.internal.archive.ArchiveComponent;
import org.folkmoot.platform.internal.archive.JsonLinesImporter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode ({@code folkmoot.demo=true}) loads 300 UK Parliament petitions into the archive on
 * first start (contains public sector information licensed under the Open Government Licence v3.0).
 * Loading again is a no-op: the import is idempotent by external id.
 */
@Component(immediate = true)
public class DemoData {

    /** UK Parliament petitions (OGL v3.0), then Welsh comments from the CC0 Welsh sentence corpus. */
    public static final java.util.List<String> RESOURCES = java.util.List.of("/demo/petitions-sample.jsonl",
            "/demo/welsh-sample.jsonl");
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final java.util.concurrent.ExecutorService loader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "folkmoot-demo-data");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public DemoData(BundleContext context, @Reference ArchiveComponent archive) {
        if (!"true".equalsIgnoreCase(context.getProperty("folkmoot.demo"))) {
            return;
        }
        // In the background: start-up (and other modules' migrations) need not wait for it.
        loader.execute(() -> {
            try {
                JsonLinesImporter.Report report = load(archive.importer());
                if (report.imported() > 0) {
                    archive.auditLog().record(Actor.system(), "demo.loaded", "", report.imported() + " demo contributions");
                }
                LOG.info("Demo data: {} contributions loaded, {} already there. Contains public sector information licensed "
                        + "under the Open Government Licence v3.0; Welsh sentences from techiaith/corpws-CC0 (CC0 1.0).",
                        report.imported(), report.skipped());
            } catch (IOException | RuntimeException e) {
                LOG.error("Demo data could not be loaded", e);
            }
        });
    }

    @org.osgi.service.component.annotations.Deactivate
    void stop() throws InterruptedException {
        // Not shutdownNow: interrupting a thread inside H2 closes the database file.
        loader.shutdown();
        loader.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    public static JsonLinesImporter.Report load(JsonLinesImporter importer) throws IOException {
        long imported = 0;
        long skipped = 0;
        java.util.List<JsonLinesImporter.LineError> errors = new java.util.ArrayList<>();
        for (String resource : RESOURCES) {
            try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("Demo data " + resource + " is missing from the platform bundle");
                }
                JsonLinesImporter.Report report = importer.importFrom(in, "demo data " + resource);
                imported += report.imported();
                skipped += report.skipped();
                errors.addAll(report.errors());
            }
        }
        return new JsonLinesImporter.Report(imported, skipped, errors);
    }
}
