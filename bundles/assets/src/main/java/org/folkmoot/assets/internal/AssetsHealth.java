package org.folkmoot.assets.internal;

import org.folkmoot.api.health.Health;
import org.folkmoot.api.health.HealthIndicator;
import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.rest.AssetStore;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Reports the assets module on {@code /health}: down while its tables are not there (the store
 * waits for the platform to apply db/migration) or if the bundled rules or calendars cannot be
 * read.
 */
@Component
public class AssetsHealth implements HealthIndicator {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AssetStore store;

    private final String dataProblem;

    @Activate
    public AssetsHealth() {
        this.dataProblem = checkBundledData();
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

    @Override
    public String component() {
        return "assets";
    }

    @Override
    public Health health() {
        if (dataProblem != null) {
            return Health.down(dataProblem);
        }
        AssetStore s = store;
        if (s == null) {
            return Health.down("Waiting for the database and this module's tables (db/migration); see the storage report.");
        }
        try {
            s.register().count();
            return Health.up();
        } catch (RuntimeException e) {
            return Health.down("The asset register cannot be read: " + e.getMessage());
        }
    }
}
