package org.folkmoot.connector.consul.internal;

import java.util.List;

import org.folkmoot.api.security.ModuleRoles;
import org.folkmoot.api.security.RoleDefinition;
import org.osgi.service.component.annotations.Component;

/** The connector's one role: the officer who looks after the council's CONSUL sources. */
@Component
public class ConsulRoles implements ModuleRoles {

    /** Sees each source's sync and starts a sync. Admins hold it too. */
    public static final String OFFICER = "connector-consul.officer";

    static final RoleDefinition OFFICER_ROLE = new RoleDefinition(OFFICER, "CONSUL connector officer",
            "Swyddog y cysylltydd CONSUL", "Sees how each CONSUL source is syncing and starts a sync",
            "Yn gweld sut mae pob ffynhonnell CONSUL yn cysoni ac yn dechrau cysoni");

    @Override
    public String module() {
        return "connector-consul";
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(OFFICER_ROLE);
    }
}
