package org.folkmoot.assets.internal.rest;

import java.time.Clock;

import javax.sql.DataSource;

import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.assets.internal.register.AssetRepository;
import org.folkmoot.assets.internal.register.JdbcAssetRepository;
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

    @Activate
    public AssetStore(@Reference DataSource dataSource,
                      @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=assets)") ModuleSchema schema) {
        this(new JdbcAssetRepository(dataSource, Clock.systemUTC()));
    }

    AssetStore(AssetRepository register) {
        this.register = register;
    }

    public AssetRepository register() {
        return register;
    }
}
