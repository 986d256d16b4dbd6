package org.folkmoot.connector.decidim.internal.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.connector.decidim.internal.DecidimRoles;
import org.folkmoot.api.web.BodyLimit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The bootstrap import for scripts: {@code POST /api/connectors/decidim/open-data?site=https://HOST} with the
 * {@code open-data.zip} as the body answers {@code 202} once the upload is checked, with the import's progress
 * and its address; {@code GET} on that address follows it to its summary. A bad upload is answered {@code 422}
 * (nothing written), an unknown site {@code 404}, both as {@code application/problem+json} saying what to do.
 */
@Component(service = OpenDataResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.connector-decidim.open-data")
@Path("/api/connectors/decidim/open-data")
public class OpenDataResource {

    static final String ZIP = "application/zip";

    private final OpenDataService service;

    @Activate
    public OpenDataResource(@Reference OpenDataService service) {
        this.service = service;
    }

    @POST
    @Consumes({ZIP, "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(DecidimRoles.OFFICER)
    @BodyLimit(bytes = OpenDataService.MAX_UPLOAD_BYTES)
    public Response upload(@QueryParam("site") String site, @QueryParam("name") String name, InputStream body,
            @Context SecurityContext sc) {
        officer(sc);
        if (site == null || site.isBlank()) {
            throw new BadRequestException("Name the Decidim site the export comes from: ?site=https://decidim.example.gov.uk");
        }
        OpenDataProgress progress = start(service, site, body, name == null || name.isBlank() ? "open-data.zip" : name);
        return Response.accepted(progress.toJson()).location(URI.create("/api/connectors/decidim/open-data/" + progress.id()))
                .build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(DecidimRoles.OFFICER)
    public Map<String, Object> progress(@PathParam("id") String id, @Context SecurityContext sc) {
        officer(sc);
        return service.progress(id).map(OpenDataProgress::toJson)
                .orElseThrow(() -> new NotFoundException("No import " + id + " is remembered: the runtime keeps the last few"
                        + " since it started. Import the file again to see its summary; nothing is imported twice."));
    }

    /** Starts an import, turning what refuses it into the 4xx the page and the API answer. */
    static OpenDataProgress start(OpenDataService service, String site, InputStream body, String name) {
        try {
            return service.start(site, body, name);
        } catch (OpenDataService.UnknownSite e) {
            throw new NotFoundException(e.getMessage());
        } catch (OpenDataRefused e) {
            throw new ClientErrorException(e.getMessage(), 422);
        } catch (IOException e) {
            throw new ClientErrorException("The upload could not be received (" + e.getMessage() + "): send it again.", 400);
        }
    }

    static FolkmootUser officer(SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
        if (!user.hasRole(DecidimRoles.OFFICER)) {
            throw new ForbiddenException("You are not an officer of the Decidim connector.");
        }
        return user;
    }
}
