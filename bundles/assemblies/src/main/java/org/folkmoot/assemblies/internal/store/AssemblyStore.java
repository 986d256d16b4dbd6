package org.folkmoot.assemblies.internal.store;

import java.time.Clock;

import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.api.storage.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's storage, available once the platform has applied this bundle's migrations (the
 * {@link ModuleSchema} for {@code assemblies}); resources reference this component, so they appear
 * only when the tables exist.
 */
@Component(service = AssemblyStore.class, immediate = true)
public class AssemblyStore {
    private final Assemblies assemblies;
    private final Registrations registrations;
    private final Selections selections;
    private final Logistics logistics;
    private final Clock clock;

    @Activate
    public AssemblyStore(@Reference Transactions transactions,
                         @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=assemblies)") ModuleSchema schema) {
        this(transactions, Clock.systemUTC());
    }

    /** Over any database with the V1 schema, with the clock registrations and rounds are stamped by. */
    public static AssemblyStore over(Transactions transactions, Clock clock) {
        return new AssemblyStore(transactions, clock);
    }

    private AssemblyStore(Transactions transactions, Clock clock) {
        this.clock = clock;
        this.assemblies = new Assemblies(transactions, clock);
        this.registrations = new Registrations(transactions, clock);
        this.selections = new Selections(transactions, clock);
        this.logistics = new Logistics(transactions);
    }

    public Assemblies assemblies() {
        return assemblies;
    }

    public Registrations registrations() {
        return registrations;
    }

    public Selections selections() {
        return selections;
    }

    public Logistics logistics() {
        return logistics;
    }

    public Clock clock() {
        return clock;
    }
}
