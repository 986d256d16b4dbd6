package org.folkmoot.connector.consul.internal.site;

import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.connector.consul.internal.sync.SyncStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The connector's tables, available once the platform has applied this bundle's migrations (the
 * {@link ModuleSchema} of {@code connector-consul}): components that need them reference this one, so they start
 * only when the tables exist.
 */
@Component(service = ConsulStorage.class, immediate = true)
public class ConsulStorage {

    private final SyncStore store;

    @Activate
    public ConsulStorage(@Reference Transactions transactions,
            @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=connector-consul)") ModuleSchema schema) {
        this.store = new SyncStore(transactions);
    }

    public SyncStore store() {
        return store;
    }
}
