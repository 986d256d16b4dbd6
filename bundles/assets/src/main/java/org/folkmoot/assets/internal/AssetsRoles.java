package org.folkmoot.assets.internal;

import java.util.List;

import org.folkmoot.api.security.ModuleRoles;
import org.folkmoot.api.security.RoleDefinition;
import org.osgi.service.component.annotations.Component;

/** The roles of the asset transfers module, which an administrator grants on the accounts page. */
@Component
public class AssetsRoles implements ModuleRoles {

    static final RoleDefinition OFFICER = new RoleDefinition("assets.officer", "Asset transfer officer",
            "Swyddog trosglwyddo asedau",
            "Imports the asset register, opens and records asset transfer cases and community value listings, moderates representations",
            "Yn mewnforio'r gofrestr asedau, yn agor ac yn cofnodi achosion trosglwyddo asedau a rhestriadau gwerth cymunedol, yn cymedroli sylwadau");

    @Override
    public String module() {
        return "assets";
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(OFFICER);
    }
}
