package org.folkmoot.assets.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.folkmoot.api.health.Health;
import org.folkmoot.api.health.HealthIndicator;
import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.rest.AssetStore;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Reports the assets module on {@code /health}: down while its tables are not there (the store
 * waits for the platform to apply db/migration), if the bundled rules or calendars cannot be read,
 * or if the register could not be read at the last look. The register is read every five seconds
 * on a thread of this report's own, not on the health request: while the database is away a read
 * waits for the pool's timeout (ten seconds), and a load balancer's health check must be answered
 * at once ({@link HealthIndicator} asks implementations to answer quickly).
 */
@Component
public class AssetsHealth implements HealthIndicator {
    private static final long LOOK_EVERY_SECONDS = 5;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AssetStore store;

    private final String dataProblem;
    /** What the last read of the register said was wrong; null when it was read (or not yet tried). */
    private volatile String registerProblem;
    private ScheduledExecutorService looker;

    public AssetsHealth() {
        this.dataProblem = checkBundledData();
    }

    @Activate
    void start() {
        looker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "folkmoot-assets-health");
            t.setDaemon(true);
            return t;
        });
        looker.scheduleWithFixedDelay(this::readRegister, 0, LOOK_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        looker.shutdownNow();
    }

    static String checkBundledData() {
        try {
            RuleBook.bundled();
            for (CalendarRegion region : CalendarRegion.values()) {
                WorkingDayCalendar.bundled(region).holidays(2027);
            }
            return null;
        } catch (RuntimeException e) {
            return "The bundled statutory rules or bank-holiday calendars cannot be read: " + e.getMessage();
        }
    }

    private void readRegister() {
        AssetStore s = store;
        if (s == null) {
            return;
        }
        try {
            s.register().count();
            registerProblem = null;
        } catch (RuntimeException e) {
            registerProblem = "The asset register cannot be read: " + e.getMessage();
        }
    }

    @Override
    public String component() {
        return "assets";
    }

    @Override
    public Health health() {
        if (dataProblem != null) {
            return Health.down(dataProblem);
        }
        if (store == null) {
            return Health.down("Waiting for the database and this module's tables (db/migration); see the storage report.");
        }
        String problem = registerProblem;
        return problem == null ? Health.up() : Health.down(problem);
    }
}
