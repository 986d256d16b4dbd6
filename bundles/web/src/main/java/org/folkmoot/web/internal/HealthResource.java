package org.folkmoot.web.internal;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.folkmoot.api.health.Health;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /health}: UP when everything is; DEGRADED (still 200) when a module is down, since
 * the others keep serving; DOWN (503) when a platform part such as storage is.
 */
@Component(service = HealthResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.web.health")
@Path("health")
public class HealthResource {

    /** The whole runtime's health. */
    public record Report(String status, List<ModuleRegistry.ComponentHealth> components) {
    }

    private final ModuleRegistry registry;

    @Activate
    public HealthResource(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        List<ModuleRegistry.ComponentHealth> components = registry.health();
        Report report = new Report(status(components), components);
        return Response.status(report.status().equals("DOWN") ? 503 : 200).entity(report)
                .header("Cache-Control", "no-store").build();
    }

    static String status(List<ModuleRegistry.ComponentHealth> components) {
        boolean platformDown = components.stream()
                .anyMatch(c -> c.status() == Health.Status.DOWN && c.version().isEmpty());
        boolean moduleDown = components.stream().anyMatch(c -> c.status() == Health.Status.DOWN);
        return platformDown ? "DOWN" : moduleDown ? "DEGRADED" : "UP";
    }
}
