package org.folkmoot.plans.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.BodyLimit;
import org.folkmoot.api.web.FormUploads;
import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.api.web.UploadedFile;
import org.folkmoot.api.web.UploadedForm;
import org.folkmoot.plans.internal.PlansRoles;
import org.folkmoot.plans.internal.draftimport.DraftImporter;
import org.folkmoot.plans.internal.draftimport.DraftRefused;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;
import org.folkmoot.plans.internal.plan.PlanVersion;
import org.folkmoot.plans.internal.report.DraftSections;
import org.folkmoot.plans.internal.store.PlanStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The draft import page ({@code /plans/{id}/draft/import}): an editor or officer uploads a first
 * draft as Markdown, ODT or DOCX (a form without JavaScript, read by the platform's
 * {@link FormUploads}), chooses the language it is written in and whether it is a new draft or the
 * other language of the sections already written (laid over them in order), and gets the draft back for review,
 * section by section, with links to change each one. A file of another format, too large, damaged
 * or empty is refused beside the file field with what to do (415, 413, 422), nothing saved.
 */
@Component(service = DraftImportPage.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.plans.draft-import-page")
@Path("plans/{id}/draft/import")
public class DraftImportPage {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    static final String FILE = "document";
    /** The form's {@code mode}: the document is the other language of the sections already written. */
    static final String TRANSLATION = "translation";
    private static final DraftImporter IMPORTER = new DraftImporter();

    private final PlanStore store;
    private final FormUploads uploads;

    @Activate
    public DraftImportPage(@Reference PlanStore store, @Reference FormUploads uploads) {
        this.store = store;
        this.uploads = uploads;
    }

    @GET
    @Produces(HTML)
    @RolesAllowed({PlansRoles.EDITOR, PlansRoles.OFFICER})
    public Page page(@PathParam("id") String id, @QueryParam("imported") String imported, @Context SecurityContext sc) {
        FolkmootUser user = OfficerPages.staff(sc);
        return page(found(id), user, imported != null, "", "new", Map.of(), 200);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(HTML)
    @RolesAllowed({PlansRoles.EDITOR, PlansRoles.OFFICER})
    @BodyLimit(bytes = PlansResource.IMPORT_LIMIT + (64 << 10))
    public Response upload(@PathParam("id") String id, @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang,
                           @HeaderParam("Content-Type") String contentType, InputStream body, @Context SecurityContext sc) {
        FolkmootUser user = OfficerPages.staff(sc);
        String pageLanguage = "cy".equals(lang) ? "cy" : "en";
        Plan plan = found(id);
        String written = "";
        String mode = "new";
        try (UploadedForm form = uploads.read(contentType, body)) {
            written = form.field("language").orElse("");
            mode = TRANSLATION.equals(form.field("mode").orElse("")) ? TRANSLATION : "new";
            String language = "cy".equals(written) ? "cy" : "en";
            Optional<UploadedFile> file = form.file(FILE);
            if (file.isEmpty()) {
                return again(plan, user, written, mode, "plans.import.choose", 422, pageLanguage);
            }
            boolean translation = TRANSLATION.equals(mode);
            org.folkmoot.plans.internal.draftimport.ImportedDraft read;
            try (InputStream in = file.get().open()) {
                read = IMPORTER.read(in);
            }
            store.plans().change(id, p -> p.saveDraft(translation
                    ? DraftSections.translation(p.latest().map(PlanVersion::sections).orElse(List.of()), read, language)
                    : DraftSections.of(read, language), user.id(), store.clock()));
            return Response.seeOther(URI.create("/plans/" + id + "/draft/import?imported=1" + ("cy".equals(lang) ? "&lang=cy" : "")
                    + "#review-heading")).build();
        } catch (DraftRefused e) {
            int status = switch (e.reason()) {
                case NOT_A_DRAFT_FORMAT -> 415;
                case TOO_LARGE, SECTION_TOO_LONG -> 413;
                default -> 422;
            };
            return Response.status(status).entity(page(plan, user, false, written, mode,
                    Map.of(FILE, PageText.of(e.messageKey(), pageLanguage, e.arguments().toArray())), status)).build();
        } catch (PlanException e) {
            return Response.status(e.status()).entity(page(plan, user, false, written, mode,
                    Map.of(FILE, PageText.of(e, pageLanguage)), e.status())).build();
        } catch (FormUploads.Refused | IOException e) {
            return again(plan, user, written, mode, "plans.import.refused.received", 400, pageLanguage);
        }
    }

    private Response again(Plan plan, FolkmootUser user, String written, String mode, String key, int status, String language) {
        return Response.status(status).entity(page(plan, user, false, written, mode, Map.of(FILE, PageText.of(key, language)), status))
                .build();
    }

    private Page page(Plan p, FolkmootUser user, boolean imported, String written, String mode, Map<String, String> errors,
                      int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", p);
        model.put("imported", imported);
        model.put("written", written);
        model.put("mode", mode);
        model.put("field", FILE);
        model.put("limitMb", IMPORTER.limits().maxDocumentBytes() >> 20);
        model.put(Page.ERRORS, errors);
        model.put("csrf", user.csrfToken());
        PlanVersion latest = p.latest().orElse(null);
        PlanVersion draft = latest != null && !latest.published() ? latest : null;
        model.put("draft", draft);
        model.put("existing", latest == null ? List.of() : latest.sections());
        model.put("nextDraft", latest == null ? 1 : latest.published() ? latest.number() + 1 : latest.number());
        model.put("columns", p.welshFirst() ? List.of("cy", "en") : List.of("en", "cy"));
        return Page.of(DraftImportPage.class, "plans-import.ftlh", model).withStatus(status);
    }

    private Plan found(String id) {
        return store.plans().find(id).orElseThrow(() -> new NotFoundException("There is no plan " + id + "."));
    }
}
