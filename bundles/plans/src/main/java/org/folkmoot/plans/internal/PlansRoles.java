package org.folkmoot.plans.internal;

import java.util.List;

import org.folkmoot.api.security.ModuleRoles;
import org.folkmoot.api.security.RoleDefinition;
import org.osgi.service.component.annotations.Component;

/** The roles of the community plans module, which an administrator grants on the accounts page. */
@Component
public class PlansRoles implements ModuleRoles {
    public static final String EDITOR = "plans.editor";
    public static final String OFFICER = "plans.officer";

    static final List<RoleDefinition> ROLES = List.of(
            new RoleDefinition(EDITOR, "Plan editor", "Golygydd cynllun",
                    "Writes and changes draft plans and publishes versions",
                    "Yn ysgrifennu ac yn newid cynlluniau drafft ac yn cyhoeddi fersiynau"),
            new RoleDefinition(OFFICER, "Plan officer", "Swyddog cynllun",
                    "Starts plans, runs consultations, answers comments, records adoption and progress, publishes progress reports",
                    "Yn dechrau cynlluniau, yn cynnal ymgynghoriadau, yn ateb sylwadau, yn cofnodi mabwysiadu a chynnydd, yn cyhoeddi adroddiadau cynnydd"));

    @Override
    public String module() {
        return "plans";
    }

    @Override
    public List<RoleDefinition> roles() {
        return ROLES;
    }
}
