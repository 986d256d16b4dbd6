package org.folkmoot.assemblies.internal;

import java.util.List;

import org.folkmoot.api.security.ModuleRoles;
import org.folkmoot.api.security.RoleDefinition;
import org.osgi.service.component.annotations.Component;

/** The roles of the citizens' assemblies module, which an administrator grants on the accounts page. */
@Component
public class AssembliesRoles implements ModuleRoles {
    public static final String OFFICER = "assemblies.officer";
    public static final String CALLER = "assemblies.caller";
    public static final String FACILITATOR = "assemblies.facilitator";

    static final List<RoleDefinition> ROLES = List.of(
            new RoleDefinition(OFFICER, "Assembly officer", "Swyddog cynulliad",
                    "Commissions assemblies, runs the civic lottery, sees registrations, sets targets, runs selection and replacements, records members' logistics",
                    "Yn comisiynu cynulliadau, yn cynnal y loteri ddinesig, yn gweld cofrestriadau, yn gosod targedau, yn cynnal y dewis a'r amnewid, yn cofnodi trefniadau'r aelodau"),
            new RoleDefinition(CALLER, "Confirmation caller", "Galwr cadarnhau",
                    "Calls the selected members and records whether they confirmed, declined or could not be reached",
                    "Yn ffonio'r aelodau a ddewiswyd ac yn cofnodi a wnaethant gadarnhau, gwrthod neu nad oedd modd cysylltu â nhw"),
            new RoleDefinition(FACILITATOR, "Assembly facilitator", "Hwylusydd cynulliad",
                    "Records members' attendance at each session", "Yn cofnodi presenoldeb aelodau ym mhob sesiwn"));

    @Override
    public String module() {
        return "assemblies";
    }

    @Override
    public List<RoleDefinition> roles() {
        return ROLES;
    }
}
