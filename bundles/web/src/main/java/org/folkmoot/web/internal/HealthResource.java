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
 * {@code GET /health} (readiness): STARTING (503) until every module in {@code deploy/} is active
 * and its endpoints are served ({@link Readiness}); then UP when everything is; DEGRADED (still
 * 200) when a module is down, since the others keep serving, or when the database is away (searches
 * still come from the local index, writes are refused with 503); DOWN (503) when another platform
 * part is. {@code GET /health/live} (liveness) answers 200 whenever HTTP and REST answer at
 * all, starting or not: a supervisor restarts the process on that one, never on readiness.
 */
@Component(service = HealthResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.web.health")
@Path("health")
public class HealthResource {

    /** The whole runtime's health. */
    public record Report(String status, List<ModuleRegistry.ComponentHealth> components, List<String> waitingFor) {
    }

    /** The answer of {@code /health/live}. */
    public record Liveness(String status) {
    }

    private static final String STORAGE = "storage";

    private final ModuleRegistry registry;
    private final Readiness readiness;

    @Activate
    public HealthResource(@Reference ModuleRegistry registry, @Reference Readiness readiness) {
        this.registry = registry;
        this.readiness = readiness;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        List<String> waiting = readiness.waitingFor();
        List<ModuleRegistry.ComponentHealth> components = registry.health();
        Report report = new Report(waiting.isEmpty() ? status(components) : "STARTING", components, waiting);
        boolean unavailable = report.status().equals("DOWN") || report.status().equals("STARTING");
        Response.ResponseBuilder answer = Response.status(unavailable ? 503 : 200).entity(report)
                .header("Cache-Control", "no-store");
        return waiting.isEmpty() ? answer.build() : answer.header("Retry-After", "1").build();
    }

    @GET
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    public Response live() {
        return Response.ok(new Liveness("UP")).header("Cache-Control", "no-store").build();
    }

    static String status(List<ModuleRegistry.ComponentHealth> components) {
        // Storage away (restarting, failing over) leaves a runtime DEGRADED, not DOWN: it still answers
        // searches from its own index and pages that need no database, and refuses writes with 503.
        boolean platformDown = components.stream()
                .anyMatch(c -> c.status() == Health.Status.DOWN && c.version().isEmpty() && !c.id().equals(STORAGE));
        boolean moduleDown = components.stream().anyMatch(c -> c.status() == Health.Status.DOWN);
        return platformDown ? "DOWN" : moduleDown ? "DEGRADED" : "UP";
    }
}
