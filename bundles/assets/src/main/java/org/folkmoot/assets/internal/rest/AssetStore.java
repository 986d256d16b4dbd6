package org.folkmoot.assets.internal.rest;

import java.sql.Connection;
import java.time.Clock;

import javax.sql.DataSource;

import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.notifications.Notifications;
import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assets.internal.cases.AfterSave;
import org.folkmoot.assets.internal.cases.CaseRepository;
import org.folkmoot.assets.internal.cases.CaseService;
import org.folkmoot.assets.internal.cases.JdbcCaseRepository;
import org.folkmoot.assets.internal.register.AssetRepository;
import org.folkmoot.assets.internal.register.JdbcAssetRepository;
import org.folkmoot.assets.internal.reminders.DeadlineReminders;
import org.folkmoot.assets.internal.settings.JdbcAssetSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's storage, available once the platform has applied this bundle's migrations (the
 * {@link ModuleSchema} for {@code assets}); resources reference this component, so they appear
 * only when the tables exist.
 */
@Component(service = AssetStore.class, immediate = true)
public class AssetStore {
    private final AssetRepository register;
    private final CaseService cases;
    private final DeadlineReminders reminders;
    private final CaseRepository repository;

    @Activate
    public AssetStore(@Reference DataSource dataSource, @Reference Transactions transactions, @Reference JobScheduler jobs,
                      @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=assets)") ModuleSchema schema) {
        this(dataSource, transactions, jobs, Clock.systemUTC());
    }

    /** Over any data source with the V1 schema, with the clock deadlines are computed by; no reminders. */
    AssetStore(DataSource dataSource, Transactions transactions, Clock clock) {
        this(dataSource, transactions, null, clock);
    }

    /**
     * With reminders (the platform's tables must exist too), for tests; a factory, not a second
     * public four-argument constructor, which DS would try too.
     */
    public static AssetStore withReminders(DataSource dataSource, Transactions transactions, JobScheduler jobs, Clock clock) {
        return new AssetStore(dataSource, transactions, jobs, clock);
    }

    private AssetStore(DataSource dataSource, Transactions transactions, JobScheduler jobs, Clock clock) {
        JdbcAssetSettings settings = new JdbcAssetSettings(dataSource, clock);
        this.reminders = jobs == null ? null : new DeadlineReminders(jobs, settings::calendar, clock);
        this.repository = new JdbcCaseRepository(dataSource, transactions, clock,
                reminders == null ? AfterSave.NOTHING : reminders);
        this.register = new JdbcAssetRepository(dataSource, transactions, clock);
        this.cases = new CaseService(repository, settings, clock);
    }

    AssetStore(AssetRepository register, CaseService cases) {
        this.register = register;
        this.cases = cases;
        this.reminders = null;
        this.repository = null;
    }

    /** Queues the reminder a job stands for, in the caller's transaction (see {@link DeadlineReminders#send}). */
    public boolean remind(Connection tx, String payload, Notifications notifications) {
        if (reminders == null) {
            throw new IllegalStateException("this store was made without the platform's jobs");
        }
        return reminders.send(tx, payload, repository, notifications);
    }

    public AssetRepository register() {
        return register;
    }

    public CaseService cases() {
        return cases;
    }
}
