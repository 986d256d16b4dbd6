package org.folkmoot.assemblies.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.files.Attachments;
import org.folkmoot.api.files.FileRefused;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.BodyLimit;
import org.folkmoot.assemblies.internal.AssembliesRoles;
import org.folkmoot.assemblies.internal.evidence.Evidence;
import org.folkmoot.assemblies.internal.evidence.EvidenceCheck;
import org.folkmoot.assemblies.internal.evidence.EvidenceLibrary;
import org.folkmoot.assemblies.internal.evidence.ResidentsVoice;
import org.folkmoot.assemblies.internal.evidence.Submissions;
import org.folkmoot.assemblies.internal.sessions.Proceedings;
import org.folkmoot.assemblies.internal.sessions.SessionContainers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/assemblies/{id}/evidence}: the evidence library of an announced assembly for anyone;
 * officers add a speaker's evidence, its files ({@code PUT .../evidence/3/files/slides.pdf} with the
 * file as the body) and members' questions (facilitators too); residents signed in submit evidence
 * and comment on a piece of evidence; officers mark submissions passed to members.
 */
@Component(service = EvidenceResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.evidence")
@Path("/api/assemblies/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    /** A file as the library lists it: download it at {@code url}. */
    public record FileView(String id, String filename, String type, long size, String url) {
        static FileView of(Attachment a) {
            return new FileView(a.id(), a.filename(), a.type().mediaType(), a.size(), Attachments.DOWNLOAD_PATH + a.id());
        }
    }

    /** A piece of evidence with its files. */
    public record EvidenceView(int number, LocalDate session, String speaker, String organisation, String interests,
            String titleEn, String titleCy, String summaryEn, String summaryCy, String videoLink, List<Evidence.Asked> questions,
            List<FileView> files) {
    }

    /** A submission as listed: when it was passed to members (null if not yet), for officers with its file. */
    public record SubmissionView(ResidentsVoice.Published submission, PassedView passed, FileView file) {
    }

    /** The day a submission was passed to members; never the account of the officer who passed it. */
    public record PassedView(LocalDate on) {
        static PassedView of(EvidenceLibrary.Passed p) {
            return p == null ? null : new PassedView(p.on());
        }
    }

    private final Proceedings proceedings;
    private final Submissions submissions;
    private final ResidentsVoice voice;

    @Activate
    public EvidenceResource(@Reference Proceedings proceedings, @Reference Submissions submissions, @Reference ResidentsVoice voice) {
        this.proceedings = proceedings;
        this.submissions = submissions;
        this.voice = voice;
    }

    @GET
    public List<EvidenceView> list(@PathParam("id") String id) {
        return Api.run(() -> {
            proceedings.recruitment().announced(id);
            return proceedings.evidence(id).stream().map(this::view).toList();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") String id, EvidenceCheck.Draft draft, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        Evidence e = Api.run(() -> proceedings.addEvidence(id, draft));
        return Response.created(URI.create("/api/assemblies/" + id + "/evidence/" + e.number())).entity(view(e)).build();
    }

    @GET
    @Path("{n: [0-9]{1,9}}")
    public EvidenceView one(@PathParam("id") String id, @PathParam("n") int n) {
        return view(evidence(id, n));
    }

    @POST
    @Path("{n: [0-9]{1,9}}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public EvidenceView ask(@PathParam("id") String id, @PathParam("n") int n, EvidenceCheck.Question q, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.FACILITATOR);
        return view(Api.run(() -> proceedings.ask(id, n, q)));
    }

    /**
     * The body is the file itself; its size is held to the module's limit by the platform's file
     * store (413 beyond it, 415 when the content is not the type its name claims), nothing kept.
     */
    @PUT
    @Path("{n: [0-9]{1,9}}/files/{filename}")
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(bytes = 1L << 30)
    public Response attach(@PathParam("id") String id, @PathParam("n") int n, @PathParam("filename") String filename,
            InputStream body, @Context SecurityContext sc) throws IOException {
        FolkmootUser officer = Api.require(sc, AssembliesRoles.OFFICER);
        evidence(id, n);
        try {
            Attachment a = proceedings.attach(id, n, filename, body, officer.actor());
            return Response.status(201).entity(FileView.of(a)).build();
        } catch (FileRefused r) {
            int status = switch (r.reason()) {
                case TOO_LARGE -> 413;
                case WRONG_TYPE -> 415;
                case INVALID -> 422;
            };
            throw new ClientErrorException(r.getMessage(), status);
        }
    }

    @GET
    @Path("{n: [0-9]{1,9}}/comments")
    public List<ResidentsVoice.Published> comments(@PathParam("id") String id, @PathParam("n") int n) {
        return voice.of(SessionContainers.container(evidence(id, n)), "comment");
    }

    @POST
    @Path("{n: [0-9]{1,9}}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, @PathParam("n") int n, ResidentsVoice.Writing w, @Context SecurityContext sc) {
        FolkmootUser user = VoiceForms.signedIn(sc);
        Evidence e = evidence(id, n);
        return Response.status(201).entity(Api.run(() -> voice.comment(SessionContainers.container(e), SessionContainers.page(e), user, w)))
                .build();
    }

    /** Submissions from residents and organisations: public ones, redacted; officers also get their files. */
    @GET
    @Path("submissions")
    public List<SubmissionView> submissions(@PathParam("id") String id, @Context SecurityContext sc) {
        boolean officer = Api.has(sc, AssembliesRoles.OFFICER);
        return Api.run(() -> {
            proceedings.recruitment().announced(id);
            return submissions.of(id, officer).stream()
                    .map(l -> new SubmissionView(l.submission(), PassedView.of(l.passed()), l.file() == null ? null : FileView.of(l.file()))).toList();
        });
    }

    /** A submission in JSON, without a file (the evidence page's form takes one). */
    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") String id, ResidentsVoice.Writing w, @Context SecurityContext sc) {
        FolkmootUser user = VoiceForms.signedIn(sc);
        return Response.status(201).entity(Api.run(() -> submissions.submit(id, user, w, null))).build();
    }

    @POST
    @Path("submissions/{contribution}/passed")
    public Response passed(@PathParam("id") String id, @PathParam("contribution") String contribution, @Context SecurityContext sc) {
        FolkmootUser officer = Api.require(sc, AssembliesRoles.OFFICER);
        Api.run(() -> {
            submissions.markPassed(id, contribution, officer.id());
            return null;
        });
        return Response.noContent().build();
    }

    private Evidence evidence(String id, int n) {
        return Api.run(() -> {
            proceedings.recruitment().announced(id);
            return proceedings.evidence(id, n);
        });
    }

    private EvidenceView view(Evidence e) {
        return new EvidenceView(e.number(), e.session(), e.speaker(), e.organisation(), e.interests(), e.title().en(), e.title().cy(),
                e.summary().en(), e.summary().cy(), e.videoLink(), e.questions(), proceedings.files(e).stream().map(FileView::of).toList());
    }

}
