package org.folkmoot.platform.internal.rest;

import java.util.List;

import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.jobs.JobStatus;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Where scheduled jobs stand, for the officers of the module that owns them (a job's name begins
 * with its module id: {@code assets.deadline-reminder}); the platform's own jobs for admins.
 */
@Component(service = JobsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.platform.jobs")
@Path("/api/jobs")
public class JobsResource {
    private final JobScheduler jobs;

    @Activate
    public JobsResource(@Reference JobScheduler jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public List<JobStatus> jobs(@PathParam("name") String name, @Context SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow();
        String module = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (!user.mayManage(module)) {
            throw new ForbiddenException("You do not manage the module '" + module + "'.");
        }
        return jobs.jobs(name);
    }
}
