package org.folkmoot.platform.internal.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.folkmoot.api.module.ModuleInfo;
import org.folkmoot.api.security.ModuleRoles;
import org.folkmoot.api.security.RoleDefinition;
import org.folkmoot.api.security.Roles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The roles the running modules declare ({@link ModuleRoles} services), for the accounts API and
 * page: what may be granted, with its names in English and Welsh.
 */
@Component(service = RoleRegistry.class)
public class RoleRegistry {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            fieldOption = FieldOption.REPLACE)
    volatile List<ModuleRoles> declared = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            fieldOption = FieldOption.REPLACE)
    volatile List<ModuleInfo> modules = List.of();

    public RoleRegistry() {
    }

    /** For tests: a registry over fixed declarations and running modules. */
    public RoleRegistry(List<ModuleRoles> declared, List<ModuleInfo> modules) {
        this.declared = List.copyOf(declared);
        this.modules = List.copyOf(modules);
    }

    /** Every declared role, by module then in the module's order; a role that breaks its module's prefix is left out. */
    public List<RoleDefinition> all() {
        List<ModuleRoles> now = declared;
        List<RoleDefinition> out = new ArrayList<>();
        now.stream().sorted(Comparator.comparing(ModuleRoles::module)).forEach(m -> {
            for (RoleDefinition r : m.roles()) {
                if (r.module().equals(m.module())) {
                    out.add(r);
                }
            }
        });
        return out;
    }

    public Optional<RoleDefinition> find(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Why these roles may not be granted, or empty when they may: a role of a running module must
     * be one it declares (so "assets.oficer" is caught); a role of a module that is not running is
     * accepted, so that an administrator can grant it before the module is enabled.
     */
    public Optional<String> refusal(Collection<String> roles) {
        Set<String> running = new TreeSet<>();
        modules.forEach(m -> running.add(m.id()));
        declared.forEach(m -> running.add(m.module()));
        for (String role : roles) {
            if (!Roles.isGrantable(role)) {
                return Optional.of("'" + role + "' is not a role: admin, resident or <module>.<role> such as assets.officer");
            }
            String module = Roles.moduleOf(role);
            if (running.contains(module) && find(role).isEmpty()) {
                List<String> offered = all().stream().filter(r -> r.module().equals(module)).map(RoleDefinition::id).toList();
                return Optional.of("Module " + module + " has no role '" + role + "'"
                        + (offered.isEmpty() ? "; it declares none" : "; it declares " + String.join(", ", offered)));
            }
        }
        return Optional.empty();
    }
}
