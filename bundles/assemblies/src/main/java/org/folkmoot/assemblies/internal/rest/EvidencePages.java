package org.folkmoot.assemblies.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.files.Attachment;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Roles;
import org.folkmoot.api.web.BodyLimit;
import org.folkmoot.api.web.FormUploads;
import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.UploadedFile;
import org.folkmoot.api.web.UploadedForm;
import org.folkmoot.assemblies.internal.AssembliesRoles;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.evidence.Evidence;
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
 * {@code /assemblies/{id}/evidence}: the evidence library of an assembly, in English and Welsh,
 * without JavaScript: each speaker with their organisation and declared interests, files, video,
 * members' questions and the answers, residents' comments; residents' and organisations'
 * submissions (redacted), which were passed to members, and the form to submit evidence with a
 * document. Officers mark submissions passed to members and open their files.
 */
@Component(service = EvidencePages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.evidence.pages")
@Path("assemblies/{id}/evidence")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class EvidencePages {
    /** The outer bound of a submission's body; the file itself is held to the module's limit by the file store. */
    static final long SUBMISSION_LIMIT = 200L << 20;

    /** A piece of evidence as the page shows it. */
    public record Item(Evidence evidence, List<Attachment> files, List<ResidentsVoice.Published> comments) {
    }

    private final Proceedings proceedings;
    private final ResidentsVoice voice;
    private final Submissions submissions;
    private final FormUploads uploads;

    @Activate
    public EvidencePages(@Reference Proceedings proceedings, @Reference ResidentsVoice voice, @Reference Submissions submissions,
            @Reference FormUploads uploads) {
        this.proceedings = proceedings;
        this.voice = voice;
        this.submissions = submissions;
        this.uploads = uploads;
    }

    @GET
    public Page library(@PathParam("id") String id, @QueryParam("submitted") String submitted, @Context SecurityContext sc) {
        Map<String, String> values = new HashMap<>();
        if (submitted != null) {
            values.put("submitted", "yes");
        }
        return page(id, sc, values, Map.of());
    }

    @POST
    @Path("{n: [0-9]{1,9}}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public Response comment(@PathParam("id") String id, @PathParam("n") int n, MultivaluedMap<String, String> form,
            @QueryParam("lang") String lang, @Context SecurityContext sc) {
        FolkmootUser user = VoiceForms.signedIn(sc);
        Evidence e = evidence(id, n);
        return VoiceForms.post("comment-" + n, VoiceForms.typed(form), lang, SessionContainers.page(e),
                w -> voice.comment(SessionContainers.container(e), SessionContainers.page(e), user, w),
                (values, errors) -> page(id, sc, values, errors));
    }

    /** Officers: a submission was passed to members. */
    @POST
    @Path("submissions/{contribution}/passed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response passed(@PathParam("id") String id, @PathParam("contribution") String contribution,
            @QueryParam("lang") String lang, @Context SecurityContext sc) {
        FolkmootUser officer = Api.require(sc, AssembliesRoles.OFFICER);
        announced(id);
        try {
            submissions.markPassed(id, contribution, officer.id());
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        } catch (Refused r) {
            Map<String, String> errors = new LinkedHashMap<>();
            r.errors("cy".equals(lang) ? "cy" : "en").forEach((f, m) -> errors.put("pass-" + contribution, m));
            return Response.status(r.status()).entity(page(id, sc, Map.of(), errors).withStatus(r.status())).build();
        }
        return Response.seeOther(URI.create("/assemblies/" + id + "/evidence" + ("cy".equals(lang) ? "?lang=cy" : "")
                + "#submission-" + contribution)).build();
    }

    @GET
    @Path("submit")
    public Page submitForm(@PathParam("id") String id, @Context SecurityContext sc) {
        return submitPage(announced(id), sc, Map.of(), Map.of());
    }

    /**
     * A submission from the form: multipart, the CSRF token first, then the text, the organisation,
     * the language and an optional document. Back to the library (303), or the form again with each
     * error beside its field and nothing stored.
     */
    @POST
    @Path("submit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @BodyLimit(bytes = SUBMISSION_LIMIT)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public Response submit(@PathParam("id") String id, @HeaderParam("Content-Type") String type, InputStream body,
            @QueryParam("lang") String lang, @Context SecurityContext sc) {
        FolkmootUser user = VoiceForms.signedIn(sc);
        Assembly a = announced(id);
        String language = "cy".equals(lang) ? "cy" : "en";
        try (UploadedForm form = uploads.read(type, body)) {
            Map<String, String> values = new HashMap<>();
            for (String f : new String[] {"text", "language", "organisation"}) {
                values.put(f, form.field(f).orElse("").strip());
            }
            Optional<UploadedFile> file = form.file("file");
            try {
                submissions.submit(id, user, new ResidentsVoice.Writing(values.get("text"), values.get("language"),
                        values.get("organisation")), file.map(EvidencePages::upload).orElse(null));
            } catch (Refused r) {
                Map<String, String> errors = new LinkedHashMap<>(r.errors(language));
                int status = r.status() >= 400 && r.status() < 500 ? r.status() : 422;
                return Response.status(status).entity(submitPage(a, sc, values, errors).withStatus(status)).build();
            }
            return Response.seeOther(URI.create("/assemblies/" + id + "/evidence?submitted=yes" + ("cy".equals(lang) ? "&lang=cy" : "")
                    + "#submissions")).build();
        } catch (FormUploads.Refused e) {
            return Response.status(400).entity(submitPage(a, sc, Map.of(), Map.of("file",
                    org.folkmoot.assemblies.internal.Wording.of("assemblies.evidence.error.form").in(language))).withStatus(400)).build();
        }
    }

    private static Submissions.Upload upload(UploadedFile f) {
        return new Submissions.Upload() {
            @Override
            public String filename() {
                return f.filename();
            }

            @Override
            public InputStream open() throws IOException {
                return f.open();
            }
        };
    }

    private Page submitPage(Assembly a, SecurityContext sc, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("signedIn", FolkmootUser.of(sc).isPresent());
        model.put("csrf", VoiceForms.csrf(sc));
        model.put("values", values);
        model.put("limitMb", Math.max(1, proceedings.fileLimit() >> 20));
        model.put(Page.ERRORS, errors);
        return Page.of(EvidencePages.class, "assemblies-evidence-submit.ftlh", model);
    }

    private Page page(String id, SecurityContext sc, Map<String, String> values, Map<String, String> errors) {
        Assembly a = announced(id);
        boolean officer = Api.has(sc, AssembliesRoles.OFFICER);
        List<Item> items = new ArrayList<>();
        for (Evidence e : proceedings.evidence(id)) {
            items.add(new Item(e, proceedings.files(e), voice.of(SessionContainers.container(e), "comment")));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("items", items);
        model.put("submissions", submissions.of(id, officer));
        model.put("officer", officer);
        model.put("signedIn", FolkmootUser.of(sc).isPresent());
        model.put("csrf", VoiceForms.csrf(sc));
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        return Page.of(EvidencePages.class, "assemblies-evidence.ftlh", model);
    }

    private Assembly announced(String id) {
        try {
            return proceedings.recruitment().announced(id);
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    private Evidence evidence(String id, int n) {
        announced(id);
        try {
            return proceedings.evidence(id, n);
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

}
