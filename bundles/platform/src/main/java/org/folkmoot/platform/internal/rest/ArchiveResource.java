package org.folkmoot.platform.internal.rest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Roles;
import org.folkmoot.api.web.BodyLimit;
import org.folkmoot.platform.internal.archive.ArchiveComponent;
import org.folkmoot.platform.internal.archive.ContributionJson;
import org.folkmoot.api.container.Containers;
import org.folkmoot.api.privacy.Redactor;
import org.folkmoot.platform.internal.archive.JsonLinesImporter;
import org.folkmoot.platform.internal.security.AuthorPseudonyms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
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
import jakarta.ws.rs.core.StreamingOutput;

/** Import, export, moderation and erasure over REST. */
@Component(service = ArchiveResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.platform.archive")
@Path("/api/archive")
public class ArchiveResource {

    public static final long MAX_IMPORT_BYTES = 256L << 20;
    public static final String NDJSON = "application/x-ndjson";

    public record Reason(String reason) {
    }

    public record Erasure(String author) {
    }

    public record ImportAnswer(long imported, long skipped, List<JsonLinesImporter.LineError> errors) {
    }

    public record ErasureAnswer(int erased) {
    }

    private final ArchiveComponent archive;
    private final AuthorPseudonyms pseudonyms;
    private final Containers containers;
    private final Redactor redactor;
    private final ObjectMapper mapper = new ObjectMapper();

    @Activate
    public ArchiveResource(@Reference ArchiveComponent archive, @Reference AuthorPseudonyms pseudonyms,
            @Reference Containers containers, @Reference Redactor redactor) {
        this.archive = archive;
        this.pseudonyms = pseudonyms;
        this.containers = containers;
        this.redactor = redactor;
    }

    /**
     * Where each contribution was said, asking a module once per container for a list or an export
     * (many contributions share one container).
     */
    private Function<Contribution, String> pages() {
        Map<String, String> byContainer = new HashMap<>();
        return c -> c.linkIfAny().orElseGet(() -> byContainer.computeIfAbsent(
                c.container().type() + "/" + c.container().id(), k -> containers.pageOf(c).orElse("")));
    }

    @POST
    @Path("import")
    @Consumes({NDJSON, "application/jsonl", "application/json", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN) // a file may hold lines for any module: an action across modules
    @BodyLimit(bytes = MAX_IMPORT_BYTES)
    public ImportAnswer importLines(InputStream body, @Context SecurityContext sc) throws IOException {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow();
        java.nio.file.Path spool = Files.createTempFile("folkmoot-import", ".jsonl");
        try {
            try {
                spoolValidated(body, spool);
            } catch (Refused e) {
                throw e.status() == 413 ? new ClientErrorException(e.getMessage(), 413) : new BadRequestException(e.getMessage());
            }
            JsonLinesImporter.Report report;
            try (InputStream in = Files.newInputStream(spool)) {
                report = archive.importer().importFrom(in, "POST /api/archive/import by " + user.id());
            }
            archive.auditLog().record(user.actor(), "archive.imported", "",
                    report.imported() + " imported, " + report.skipped() + " skipped, " + report.errors().size() + " bad lines");
            return new ImportAnswer(report.imported(), report.skipped(), report.errors());
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Copies the body aside, refusing it whole when it is not UTF-8 or too large: nothing is imported then. */
    static void spoolValidated(InputStream body, java.nio.file.Path spool) throws IOException, Refused {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 17);
        CharBuffer out = CharBuffer.allocate(1 << 17);
        long total = 0;
        long consumed = 0;
        try (OutputStream os = Files.newOutputStream(spool)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = body.read(buf)) > 0) {
                total += n;
                if (total > MAX_IMPORT_BYTES) {
                    throw new Refused(413, "An import may be at most " + (MAX_IMPORT_BYTES >> 20) + " MiB: split the file");
                }
                os.write(buf, 0, n);
                in.put(buf, 0, n);
                in.flip();
                if (!decode(decoder, in, out, false)) {
                    os.flush();
                    throw notUtf8(spool, consumed + in.position());
                }
                consumed += in.position();
                in.compact();
            }
            in.flip();
            if (!decode(decoder, in, out, true)) {
                os.flush();
                throw notUtf8(spool, consumed + in.position());
            }
        }
        if (total == 0) {
            throw new Refused(400, "The body is empty: send one JSON object a line");
        }
    }

    private static Refused notUtf8(java.nio.file.Path spool, long offset) throws IOException {
        long line = 1;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(spool))) {
            for (long i = 0; i < offset; i++) {
                if (in.read() == '\n') {
                    line++;
                }
            }
        }
        return new Refused(400, "The body is not valid UTF-8 (line " + line + "); nothing was imported");
    }

    /** False when the bytes are not UTF-8 (the buffer's position is then at the bad byte). */
    private static boolean decode(CharsetDecoder d, ByteBuffer in, CharBuffer out, boolean end) {
        while (true) {
            CoderResult r = d.decode(in, out, end);
            out.clear();
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return !(end && in.hasRemaining());
            }
        }
    }

    /** The body was refused whole; {@code status} is the HTTP status to answer. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    @GET
    @Path("export")
    public Response export(@QueryParam("format") String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (format != null && !csv && !"jsonl".equalsIgnoreCase(format) && !"ndjson".equalsIgnoreCase(format)) {
            throw new BadRequestException("format must be jsonl or csv");
        }
        StreamingOutput stream = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (csv) {
                w.write(ContributionJson.csv(ContributionJson.EXPORT_FIELDS));
                w.write("\r\n");
            }
            Function<Contribution, String> pages = pages();
            long after = 0;
            while (true) {
                List<Contribution> page = archive.publicPage(after, 500);
                for (Contribution c : page) {
                    if (csv) {
                        w.write(ContributionJson.csv(ContributionJson.csvValues(c, pages.apply(c), redactor)));
                        w.write("\r\n");
                    } else {
                        w.write(mapper.writeValueAsString(ContributionJson.exportNode(mapper, c, pages.apply(c), redactor)));
                        w.write('\n');
                    }
                    after = c.sequence();
                }
                if (page.size() < 500) {
                    break;
                }
            }
            w.flush();
        };
        return Response.ok(stream, csv ? "text/csv; charset=utf-8" : NDJSON + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"contributions." + (csv ? "csv" : "jsonl") + "\"")
                .build();
    }

    /**
     * Lists contributions, newest first: published ones for anyone; with {@code all=true}, also
     * hidden, withdrawn and erased ones for officers of that module (a moderation queue) and admins.
     */
    @GET
    @Path("contributions")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> list(@QueryParam("module") String module, @QueryParam("containerType") String containerType,
            @QueryParam("containerId") String containerId, @QueryParam("all") boolean all,
            @QueryParam("limit") @jakarta.ws.rs.DefaultValue("50") int limit,
            @QueryParam("offset") @jakarta.ws.rs.DefaultValue("0") int offset, @Context SecurityContext sc) {
        Optional<FolkmootUser> user = FolkmootUser.of(sc);
        boolean staff = all && user.map(u -> u.isAdmin() || module != null && u.mayManage(module)).orElse(false);
        if (all && !staff) {
            throw user.isPresent() ? new ForbiddenException("Only officers of that module may list hidden contributions")
                    : new jakarta.ws.rs.NotAuthorizedException("Sign in to list hidden contributions", "Bearer");
        }
        org.folkmoot.api.archive.ContributionQuery query = Errors.answer(() -> new org.folkmoot.api.archive.ContributionQuery(
                module, containerType, containerId, null, !staff, limit, offset));
        Function<Contribution, String> pages = pages();
        return archive.find(query).stream().map(c -> {
            String page = pages.apply(c);
            Map<String, Object> m = staff ? ContributionJson.raw(c, page) : ContributionJson.export(c, page, redactor);
            m.put("state", c.state().id());
            if (staff) {
                m.put("moderationNote", c.moderationNote());
            }
            return m;
        }).toList();
    }

    /** The archive's latest committed sequence: lets followers elsewhere (and operators) see progress. */
    @GET
    @Path("sequence")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> sequence() {
        return Map.of("sequence", archive.currentSequence());
    }

    @GET
    @Path("contributions/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> contribution(@PathParam("id") String id, @Context SecurityContext sc) {
        Contribution c = archive.get(id).orElseThrow(() -> new NotFoundException("No contribution with id " + id));
        boolean staff = FolkmootUser.of(sc).map(u -> u.mayManage(c.module())).orElse(false);
        if (!c.isPublic() && !staff) {
            throw new NotFoundException("No contribution with id " + id);
        }
        String page = containers.pageOf(c).orElse("");
        Map<String, Object> m = staff ? ContributionJson.raw(c, page) : ContributionJson.export(c, page, redactor);
        m.put("state", c.state().id());
        if (staff) {
            m.put("moderationNote", c.moderationNote());
        }
        return m;
    }

    @POST
    @Path("contributions/{id}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public Map<String, Object> hide(@PathParam("id") String id, Reason reason, @Context SecurityContext sc) {
        FolkmootUser user = mayModerate(id, sc);
        return Errors.answer(() -> state(archive.hide(id, reason == null ? null : reason.reason(), user.actor())));
    }

    @POST
    @Path("contributions/{id}/unhide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public Map<String, Object> unhide(@PathParam("id") String id, Reason reason, @Context SecurityContext sc) {
        FolkmootUser user = mayModerate(id, sc);
        return Errors.answer(() -> state(archive.unhide(id, reason == null ? null : reason.reason(), user.actor())));
    }

    /** The author takes their contribution back; officers of its module may do it for them. */
    @POST
    @Path("contributions/{id}/withdraw")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public Map<String, Object> withdraw(@PathParam("id") String id, @Context SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow();
        Contribution c = archive.get(id).orElseThrow(() -> new NotFoundException("No contribution with id " + id));
        if (!c.author().equals(pseudonyms.authorOf(user)) && !user.mayManage(c.module())) {
            throw new ForbiddenException("Only its author may withdraw this contribution");
        }
        return Errors.answer(() -> state(archive.withdraw(id, user.actor())));
    }

    private FolkmootUser mayModerate(String id, SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow();
        if (!user.isStaff()) {
            throw new ForbiddenException("Only officers of a contribution's module, and admins, may moderate it");
        }
        Contribution c = archive.get(id).orElseThrow(() -> new NotFoundException("No contribution with id " + id));
        if (!user.mayManage(c.module())) {
            throw new ForbiddenException("You may not moderate contributions of module " + c.module());
        }
        return user;
    }

    private static Map<String, Object> state(Contribution c) {
        return Map.of("id", c.id(), "state", c.state().id(), "sequence", c.sequence());
    }

    /**
     * A resident erases their own contributions; an admin erases on a resident's request. Erasure
     * reaches every module, so a module's officer may not: they may hide or withdraw in theirs.
     */
    @POST
    @Path("erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public ErasureAnswer erase(Erasure erasure, @Context SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow();
        if (erasure == null || erasure.author() == null || erasure.author().isBlank()) {
            throw new BadRequestException("author is required");
        }
        if (!user.isAdmin() && !erasure.author().equals(pseudonyms.authorOf(user))) {
            throw new ForbiddenException("You may only erase your own contributions: erasing someone else's, in every module, is for an administrator");
        }
        return Errors.answer(() -> new ErasureAnswer(archive.eraseAuthor(erasure.author(), user.actor())));
    }
}
