package org.folkmoot.connector.decidim.internal.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.connector.decidim.internal.DecidimRoles;
import org.folkmoot.api.web.BodyLimit;
import org.folkmoot.api.web.PageRenderer;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The bootstrap import for scripts: {@code POST /api/connectors/decidim/open-data?site=https://HOST} with the
 * {@code open-data.zip} as the body answers {@code 202} once the upload is checked, with the import's progress
 * and its address; {@code GET} on that address follows it to its summary. A bad upload is answered {@code 422}
 * (nothing written), an unknown site {@code 404}, both as {@code application/problem+json} saying what to do, in
 * Welsh when the caller asks for it ({@code ?lang=cy} or {@code Accept-Language: cy}), as the progress's messages are.
 */
@Component(service = OpenDataResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.connector-decidim.open-data")
@Path("/api/connectors/decidim/open-data")
public class OpenDataResource {

    static final String ZIP = "application/zip";

    private final OpenDataService service;
    private final PageRenderer pages;

    /** The renderer gives the one rule for the language a request asks for ({@code ?lang=cy}, else Accept-Language). */
    @Activate
    public OpenDataResource(@Reference OpenDataService service, @Reference PageRenderer pages) {
        this.service = service;
        this.pages = pages;
    }

    @POST
    @Consumes({ZIP, "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(DecidimRoles.OFFICER)
    @BodyLimit(bytes = OpenDataService.MAX_UPLOAD_BYTES)
    public Response upload(@QueryParam("site") String site, @QueryParam("name") String name, InputStream body,
            @Context SecurityContext sc, @Context UriInfo uri, @Context HttpHeaders headers) {
        String lang = pages.language(uri, headers);
        officer(sc, lang);
        if (site == null || site.isBlank()) {
            throw new BadRequestException(OpenDataMessage.of("api.noSite").in(lang));
        }
        OpenDataProgress progress = start(service, site, body, name == null || name.isBlank() ? "open-data.zip" : name, lang);
        return Response.accepted(progress.toJson(lang)).location(URI.create("/api/connectors/decidim/open-data/" + progress.id()))
                .build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(DecidimRoles.OFFICER)
    public Map<String, Object> progress(@PathParam("id") String id, @Context SecurityContext sc, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        String lang = pages.language(uri, headers);
        officer(sc, lang);
        return service.progress(id).map(p -> p.toJson(lang))
                .orElseThrow(() -> new NotFoundException(OpenDataMessage.of("api.noImport", id).in(lang)));
    }

    /** Starts an import, turning what refuses it into the 4xx the page and the API answer, in {@code en} or {@code cy}. */
    static OpenDataProgress start(OpenDataService service, String site, InputStream body, String name, String lang) {
        try {
            return service.start(site, body, name);
        } catch (OpenDataService.UnknownSite e) {
            throw new NotFoundException(e.said().in(lang));
        } catch (OpenDataRefused e) {
            throw new ClientErrorException(e.said().in(lang), 422);
        } catch (IOException e) {
            throw new ClientErrorException(OpenDataMessage.of("refused.received", String.valueOf(e.getMessage())).in(lang), 400);
        }
    }

    static FolkmootUser officer(SecurityContext sc) {
        return officer(sc, "en");
    }

    static FolkmootUser officer(SecurityContext sc, String lang) {
        FolkmootUser user = FolkmootUser.of(sc)
                .orElseThrow(() -> new NotAuthorizedException(OpenDataMessage.of("api.signIn").in(lang), "Bearer"));
        if (!user.hasRole(DecidimRoles.OFFICER)) {
            throw new ForbiddenException(OpenDataMessage.of("api.notOfficer").in(lang));
        }
        return user;
    }
}
