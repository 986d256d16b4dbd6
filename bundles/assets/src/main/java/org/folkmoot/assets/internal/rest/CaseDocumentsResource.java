package org.folkmoot.assets.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.files.Attachments;
import org.folkmoot.api.files.FileType;
import org.folkmoot.api.files.NewAttachment;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.BodyLimit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
 * A case's documents (the community body's evidence pack, the council's letters and decision
 * notices), kept by the platform's files service: officers upload them, public ones anyone may
 * download, the rest only the module's officers.
 */
@Component(service = CaseDocumentsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assets.documents")
@Path("/api/assets/documents")
public class CaseDocumentsResource {

    static final Set<FileType> ACCEPTED = Set.of(FileType.PDF, FileType.ODT, FileType.DOCX, FileType.PNG, FileType.JPEG);

    /** A document as listed: where to download it, never its bytes. */
    public record Document(String id, String name, String type, long size, String sha256, boolean published, String url) {
        static Document of(Attachment a) {
            return new Document(a.id(), a.filename(), a.type().mediaType(), a.size(), a.sha256(), a.isPublic(),
                    Attachments.DOWNLOAD_PATH + a.id());
        }
    }

    private final AssetStore store;
    private final Attachments files;

    @Activate
    public CaseDocumentsResource(@Reference AssetStore store, @Reference Attachments files) {
        this.store = store;
        this.files = files;
    }

    /**
     * The body is the file itself ({@code curl --data-binary @pack.pdf}); its size is held to the
     * module's limit in {@code org.folkmoot.platform.Files.cfg} by the files service, so the body
     * limit here is only an outer bound.
     */
    @POST
    @Path("{caseId}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Officers.ROLE)
    @BodyLimit(bytes = 1L << 30)
    public Response upload(@PathParam("caseId") String caseId, @QueryParam("name") String name,
            @QueryParam("published") boolean published, InputStream body, @Context SecurityContext sc) throws IOException {
        FolkmootUser officer = Officers.require(sc);
        caseExists(caseId);
        if (name == null || name.isBlank()) {
            throw new BadRequestException("Give the file's name: ?name=evidence-pack.pdf");
        }
        Attachment a = files.store(new NewAttachment(Officers.MODULE, owner(caseId), name.strip(), "",
                published ? "" : Officers.ROLE, ACCEPTED), body, officer.actor());
        return Response.status(201).entity(Document.of(a)).build();
    }

    /** Published documents for anyone; every document for the module's officers. */
    @GET
    @Path("{caseId}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Document> list(@PathParam("caseId") String caseId, @Context SecurityContext sc) {
        caseExists(caseId);
        boolean officer = FolkmootUser.of(sc).map(u -> u.hasRole(Officers.ROLE)).orElse(false);
        return files.byOwner(Officers.MODULE, owner(caseId)).stream().filter(a -> officer || a.isPublic()).map(Document::of).toList();
    }

    private void caseExists(String caseId) {
        if (store.cases().load(caseId).isEmpty()) {
            throw new NotFoundException("There is no case " + caseId + ".");
        }
    }

    private static String owner(String caseId) {
        return "case:" + caseId;
    }
}
