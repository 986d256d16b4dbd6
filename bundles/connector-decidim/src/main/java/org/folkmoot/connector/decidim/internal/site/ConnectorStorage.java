package org.folkmoot.connector.decidim.internal.site;

import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.connector.decidim.internal.sync.SyncStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The connector's tables, available once the platform has applied this bundle's migrations (the
 * {@link ModuleSchema} of {@code connector-decidim}): components that need them reference this one, so
 * they start only when the tables exist.
 */
@Component(service = ConnectorStorage.class, immediate = true)
public class ConnectorStorage {

    private final SyncStore store;

    @Activate
    public ConnectorStorage(@Reference Transactions transactions,
            @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=connector-decidim)") ModuleSchema schema) {
        this.store = new SyncStore(transactions);
    }

    public SyncStore store() {
        return store;
    }
}
