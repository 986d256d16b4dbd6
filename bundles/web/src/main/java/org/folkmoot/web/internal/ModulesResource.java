package org.folkmoot.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.folkmoot.api.audit.AuditLog;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.features.Installation;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/modules}: every active module with its version and links, names in {@code ?lang=en|cy}.
 * {@code PUT /api/modules/{id}} with {@code {"enabled": true}} (administrators): the council's choice,
 * as on {@code /admin/modules}; on PostgreSQL recorded for every runtime, which each follows within seconds.
 */
@Component(service = ModulesResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.web.modules")
@Path("api/modules")
public class ModulesResource {

    /** The body of {@code PUT /api/modules/{id}}. */
    public record Choice(Boolean enabled) {
    }

    /** What was decided, and whether every runtime follows it or only this one. */
    public record Decided(String module, boolean enabled, boolean everyRuntime) {
    }

    private final ModuleRegistry registry;
    private final CouncilModuleChoice councilChoice;
    private final AuditLog audit;
    private final Optional<Installation> installation;

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry, @Reference CouncilModuleChoice councilChoice,
                           @Reference AuditLog audit, BundleContext context) {
        this.registry = registry;
        this.councilChoice = councilChoice;
        this.audit = audit;
        String home = context.getProperty(ModulesPage.HOME_PROPERTY);
        this.installation = home == null || home.isBlank() ? Optional.empty() : Optional.of(new Installation(java.nio.file.Path.of(home)));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ModuleRegistry.ModuleView> modules(@QueryParam(PageRenderer.LANGUAGE_PARAMETER) @DefaultValue("en") String language) {
        return registry.modules(language.equals("cy") ? "cy" : "en");
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Decided choose(@PathParam("id") String id, Choice choice, @Context SecurityContext sc) {
        if (choice == null || choice.enabled() == null) {
            throw new BadRequestException("Send {\"enabled\": true} or {\"enabled\": false}.");
        }
        Installation here = installation.orElseThrow(() -> new WebApplicationException(
                "This runtime was not started by bin/folkmoot, so it cannot change its modules.", 409));
        if (!here.all().containsKey(id)) {
            throw new NotFoundException("There is no module '" + id + "'. Modules: " + String.join(", ", here.all().keySet()) + ".");
        }
        FolkmootUser admin = FolkmootUser.of(sc).orElseThrow();
        boolean everyRuntime = councilChoice.shared();
        if (everyRuntime) {
            councilChoice.record(id, choice.enabled(), admin.id());
        } else {
            here.follow(Map.of(id, choice.enabled()), line -> { });
        }
        audit.record(admin.actor(), choice.enabled() ? "modules.enable" : "modules.disable", id, "through the API");
        return new Decided(id, choice.enabled(), everyRuntime);
    }
}
