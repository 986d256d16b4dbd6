package org.folkmoot.assets.internal.rest;

import java.time.Clock;

import javax.sql.DataSource;

import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.assets.internal.cases.CaseService;
import org.folkmoot.assets.internal.cases.JdbcCaseRepository;
import org.folkmoot.assets.internal.register.AssetRepository;
import org.folkmoot.assets.internal.register.JdbcAssetRepository;
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

    @Activate
    public AssetStore(@Reference DataSource dataSource, @Reference Transactions transactions,
                      @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=assets)") ModuleSchema schema) {
        this(dataSource, transactions, Clock.systemUTC());
    }

    /** Over any data source with the V1 schema, with the clock deadlines are computed by. */
    AssetStore(DataSource dataSource, Transactions transactions, Clock clock) {
        this(new JdbcAssetRepository(dataSource, transactions, clock),
                new CaseService(new JdbcCaseRepository(dataSource, transactions, clock),
                        new JdbcAssetSettings(dataSource, clock), clock));
    }

    AssetStore(AssetRepository register, CaseService cases) {
        this.register = register;
        this.cases = cases;
    }

    public AssetRepository register() {
        return register;
    }

    public CaseService cases() {
        return cases;
    }
}
