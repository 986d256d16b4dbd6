package org.folkmoot.platform.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.files.Attachments;
import org.folkmoot.api.security.FolkmootUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Downloads of stored files, streamed chunk by chunk. Who may read one is what its module said
 * when storing it: anyone, or holders of a role (admins always).
 */
@Component(service = FilesResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.platform.files")
@Path("/api/files")
public class FilesResource {

    private final Attachments files;

    @Activate
    public FilesResource(@Reference Attachments files) {
        this.files = files;
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("id") String id, @Context SecurityContext sc) {
        Attachment a = files.find(id).orElseThrow(() -> new NotFoundException("No file with id " + id));
        if (!a.isPublic()) {
            FolkmootUser user = FolkmootUser.of(sc)
                    .orElseThrow(() -> new NotAuthorizedException("Sign in to download this file", "Bearer realm=\"folkmoot\""));
            if (!user.hasRole(a.readRole())) {
                throw new ForbiddenException("This file is for holders of the role " + a.readRole());
            }
        }
        StreamingOutput body = out -> files.copyContent(a.id(), out);
        return Response.ok(body, a.type().mediaType())
                .header("Content-Length", a.size())
                .header("Content-Disposition", contentDisposition(a.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + a.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(a.sha256())) + ":")
                .header("Cache-Control", a.isPublic() ? "public, max-age=3600" : "private, no-store")
                .build();
    }

    /**
     * {@code attachment} with an ASCII {@code filename} for old clients and the exact name as
     * {@code filename*} in UTF-8 (RFC 6266, RFC 8187), so that a name cannot break the header.
     */
    static String contentDisposition(String filename) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (int cp : filename.codePoints().toArray()) {
            ascii.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' ? (char) cp : '_');
        }
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            encoded.append(attrChar ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
