package org.folkmoot.platform.internal;

import java.util.ArrayList;
import java.util.List;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.health.Health;
import org.folkmoot.api.health.HealthIndicator;
import org.folkmoot.platform.internal.security.SecurityService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ExtensionDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;

/**
 * The platform's own health: down (so {@code /health} answers 503) until its tables are migrated,
 * the archive and security are up and the REST runtime serves the authentication filter, so that
 * nothing is answered without authentication while the runtime starts.
 */
@Component(service = HealthIndicator.class, immediate = true)
public class PlatformHealth implements HealthIndicator {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ContributionArchive archive;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SecurityService security;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile JakartarsServiceRuntime rest;

    @Override
    public String component() {
        return "platform";
    }

    @Override
    public Health health() {
        List<String> waiting = new ArrayList<>();
        if (archive == null) {
            waiting.add("the contribution archive (are the platform's migrations applied? see the storage report)");
        }
        if (security == null) {
            waiting.add("authentication");
        }
        JakartarsServiceRuntime runtime = rest;
        if (runtime != null && !serves(runtime.getRuntimeDTO())) {
            waiting.add("the REST runtime to pick up authentication and the archive API");
        }
        return waiting.isEmpty() ? Health.up() : Health.down("Starting: waiting for " + String.join(", ", waiting));
    }

    private static boolean serves(RuntimeDTO dto) {
        boolean filter = false;
        boolean api = false;
        List<ApplicationDTO> apps = new ArrayList<>();
        if (dto.defaultApplication != null) {
            apps.add(dto.defaultApplication);
        }
        if (dto.applicationDTOs != null) {
            apps.addAll(List.of(dto.applicationDTOs));
        }
        for (ApplicationDTO app : apps) {
            if (app.extensionDTOs != null) {
                for (ExtensionDTO e : app.extensionDTOs) {
                    filter |= "folkmoot.authentication".equals(e.name);
                }
            }
            if (app.resourceDTOs != null) {
                for (ResourceDTO r : app.resourceDTOs) {
                    api |= "folkmoot.platform.archive".equals(r.name);
                }
            }
        }
        return filter && api;
    }
}
