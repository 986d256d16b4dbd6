package org.folkmoot.platform.internal.migration;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.folkmoot.api.health.Health;
import org.folkmoot.api.health.HealthIndicator;
import org.folkmoot.api.module.ModuleInfo;
import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.platform.internal.storage.Databases;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migrations extender: for every started bundle with a {@code Folkmoot-Migrations} header,
 * applies its scripts and registers a {@link ModuleSchema} service, or on failure a down
 * {@link HealthIndicator} for that module. Work runs on one thread, in bundle start order.
 */
@Component(immediate = true)
public class MigrationExtender {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);

    private final BundleContext context;
    private final ModuleMigrator migrator;
    private final DataSource dataSource;
    /** How long to wait before trying again when the database cannot be reached. */
    static final long RETRY_SECONDS = 5;

    private final java.util.concurrent.ScheduledThreadPoolExecutor worker = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "folkmoot-migrations");
        t.setDaemon(true);
        return t;
    });
    private final BundleTracker<Tracked> tracker;

    @Activate
    public MigrationExtender(BundleContext context, @Reference(target = "(folkmoot.storage=main)") DataSource dataSource) {
        this.context = context;
        this.dataSource = dataSource;
        this.migrator = new ModuleMigrator(dataSource);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Tracked addingBundle(Bundle bundle, BundleEvent event) {
                return adding(bundle);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
                tracked.close();
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        // Not shutdownNow: interrupting a thread inside H2 closes the database file.
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Parsed {@code Folkmoot-Migrations: folder;module=id}. */
    record Header(String folder, String module) {
        static Header parse(String value, String moduleHeader, String symbolicName) {
            String[] parts = value.split(";");
            String folder = parts[0].trim();
            while (folder.startsWith("/")) {
                folder = folder.substring(1);
            }
            String module = null;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split(":?=", 2);
                if (kv.length == 2 && kv[0].trim().equals("module")) {
                    module = kv[1].trim().replace("\"", "");
                }
            }
            if (module == null) {
                module = moduleHeader != null && !moduleHeader.isBlank() ? moduleHeader.trim() : symbolicName;
            }
            return new Header(folder, module);
        }
    }

    private Tracked adding(Bundle bundle) {
        String value = bundle.getHeaders().get(ModuleSchema.MIGRATIONS_HEADER);
        if (value == null || value.isBlank()) {
            return null;
        }
        Header header = Header.parse(value, bundle.getHeaders().get(ModuleInfo.MODULE_HEADER), bundle.getSymbolicName());
        Tracked tracked = new Tracked(header.module());
        worker.execute(() -> tracked.migrate(bundle, header));
        return tracked;
    }

    /** What was registered for one tracked bundle. */
    final class Tracked {
        private final String module;
        private ServiceRegistration<?> registration;
        private boolean closed;

        Tracked(String module) {
            this.module = module;
        }

        void migrate(Bundle bundle, Header header) {
            synchronized (this) {
                if (closed) {
                    return;
                }
            }
            String database;
            try {
                database = Databases.name(dataSource);
            } catch (Exception e) {
                register(HealthIndicator.class, new Down(module, "The database is not reachable, so module '" + module
                        + "' cannot start yet (trying again every " + RETRY_SECONDS + " s): " + e.getMessage()));
                try {
                    worker.schedule(() -> migrate(bundle, header), RETRY_SECONDS, TimeUnit.SECONDS);
                } catch (java.util.concurrent.RejectedExecutionException stopping) {
                    // the extender is going away
                }
                return;
            }
            try {
                List<MigrationScript> scripts = Scripts.inBundle(bundle, header.folder(), database);
                String version = migrator.migrate(module, scripts);
                LOG.info("Module {}: schema at version {} ({} scripts)", module, version, scripts.size());
                register(ModuleSchema.class, new Schema(module, version, database));
            } catch (MigrationFailure e) {
                LOG.error("{} The module stays inactive until a fixed bundle is deployed.", e.getMessage());
                register(HealthIndicator.class, new Down(module,
                        e.getMessage() + " The module stays inactive; deploy a fixed version of it."));
            } catch (RuntimeException e) {
                LOG.error("Module {}: migrations could not run", module, e);
                register(HealthIndicator.class, new Down(module, "Migrations of module '" + module
                        + "' could not run: " + e.getMessage()));
            }
        }

        private synchronized void register(Class<?> type, Object service) {
            if (closed) {
                return;
            }
            unregister();
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(ModuleSchema.MODULE_PROPERTY, module);
            registration = context.registerService(type.getName(), service, props);
        }

        synchronized void close() {
            closed = true;
            unregister();
        }

        private void unregister() {
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the framework is stopping
                }
                registration = null;
            }
        }
    }

    record Schema(String module, String version, String database) implements ModuleSchema {
    }

    record Down(String component, String message) implements HealthIndicator {
        @Override
        public Health health() {
            return Health.down(message);
        }
    }
}
