package org.folkmoot.connector.decidim.internal;

import java.util.List;

import org.folkmoot.api.security.ModuleRoles;
import org.folkmoot.api.security.RoleDefinition;
import org.osgi.service.component.annotations.Component;

/** The connector's one role: the officer who looks after the council's Decidim sources. */
@Component
public class DecidimRoles implements ModuleRoles {

    /** Sees each source's sync, starts a sync, uploads an open-data export. Admins hold it too. */
    public static final String OFFICER = "connector-decidim.officer";

    static final RoleDefinition OFFICER_ROLE = new RoleDefinition(OFFICER, "Decidim connector officer",
            "Swyddog y cysylltydd Decidim",
            "Sees how each Decidim source is syncing, starts a sync and uploads an open-data export",
            "Yn gweld sut mae pob ffynhonnell Decidim yn cysoni, yn dechrau cysoni ac yn llwytho allforyn data agored i fyny");

    @Override
    public String module() {
        return "connector-decidim";
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(OFFICER_ROLE);
    }
}
