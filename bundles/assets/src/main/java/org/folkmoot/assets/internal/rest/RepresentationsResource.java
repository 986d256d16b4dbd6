package org.folkmoot.assets.internal.rest;

import java.time.Instant;
import java.util.List;

import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.assets.internal.containers.AssetContainers;
import org.folkmoot.api.privacy.Redactor;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.api.security.Roles;
import org.folkmoot.assets.internal.cases.CaseFile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Residents' and community groups' representations on a case. They go into the contribution
 * archive (and so into search); what is shown publicly is redacted of contact details. For a
 * Scottish request, representations are taken while its notices run.
 */
@Component(service = RepresentationsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assets.representations")
@Path("/api/assets/representations")
public class RepresentationsResource {
    public static final String CONTAINER_TYPE = AssetContainers.CASE;

    public record NewRepresentation(String title, String text, String language) {
    }

    public record PublishedRepresentation(String id, String title, String text, String language, Instant created) {
    }

    private final AssetStore store;
    private final Representations representations;

    @Activate
    public RepresentationsResource(@Reference AssetStore store, @Reference ContributionArchive archive,
            @Reference Pseudonyms pseudonyms, @Reference Redactor redactor) {
        this.store = store;
        this.representations = new Representations(archive, pseudonyms, redactor);
    }

    @POST
    @Path("{caseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public PublishedRepresentation submit(@PathParam("caseId") String caseId, NewRepresentation r, @Context SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
        return representations.make(found(caseId), user, r);
    }

    @GET
    @Path("{caseId}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<PublishedRepresentation> list(@PathParam("caseId") String caseId) {
        return representations.published(found(caseId));
    }

    private CaseFile<?> found(String caseId) {
        return store.cases().load(caseId).orElseThrow(() -> new NotFoundException("There is no case " + caseId + "."));
    }

    static Container container(CaseFile<?> c) {
        return AssetContainers.container(c);
    }
}
