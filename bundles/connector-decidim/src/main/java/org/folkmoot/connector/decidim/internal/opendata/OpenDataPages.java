package org.folkmoot.connector.decidim.internal.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.connector.decidim.internal.DecidimRoles;
import org.folkmoot.api.web.BodyLimit;
import org.folkmoot.api.web.FormUploads;
import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.api.web.UploadedFile;
import org.folkmoot.api.web.UploadedForm;
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
 * The officers' bootstrap page of a source, {@code /connectors/decidim/sites/{host}/open-data}: the upload of
 * the site's {@code open-data.zip} (a plain form, no JavaScript needed) and the progress and summary of its
 * imports, each refusal with its file, line and what to do. The source page links here
 * ({@code decidim-source-upload.ftlh}). A refused upload is shown again with its error beside the file field.
 */
@Component(service = OpenDataPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.connector-decidim.open-data-pages")
@Path("connectors/decidim/sites/{host}/open-data")
public class OpenDataPages {

    static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    static final String FILE_FIELD = "export";
    private static final int SHOWN_REFUSALS = 50;

    private final OpenDataService service;
    private final KnownSites sites;
    private final FormUploads uploads;

    @Activate
    public OpenDataPages(@Reference OpenDataService service, @Reference FormUploads uploads) {
        this(service, service.sites(), uploads);
    }

    OpenDataPages(OpenDataService service, KnownSites sites, FormUploads uploads) {
        this.service = service;
        this.sites = sites;
        this.uploads = uploads;
    }

    @GET
    @Produces(HTML)
    @RolesAllowed(DecidimRoles.OFFICER)
    public Page page(@PathParam("host") String host, @QueryParam("import") String importId, @Context SecurityContext sc) {
        FolkmootUser user = OpenDataResource.officer(sc);
        return page(site(host), user, importId, Map.of(), 200);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(HTML)
    @RolesAllowed(DecidimRoles.OFFICER)
    @BodyLimit(bytes = OpenDataService.MAX_UPLOAD_BYTES)
    public Response upload(@PathParam("host") String host, @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang,
            @HeaderParam("Content-Type") String contentType, InputStream body, @Context SecurityContext sc) {
        FolkmootUser user = OpenDataResource.officer(sc);
        String site = site(host);
        try (UploadedForm form = uploads.read(contentType, body)) {
            Optional<UploadedFile> export = form.file(FILE_FIELD);
            if (export.isEmpty()) {
                return again(site, user, "decidim.openData.error.choose");
            }
            try (InputStream zip = export.get().open()) {
                OpenDataProgress progress = service.start(site, zip, export.get().filename());
                String query = "?import=" + progress.id() + ("cy".equals(lang) ? "&" + PageRenderer.LANGUAGE_PARAMETER + "=cy" : "");
                return Response.seeOther(URI.create("/connectors/decidim/sites/" + ConfiguredSites.host(site) + "/open-data"
                        + query)).build();
            }
        } catch (OpenDataRefused e) {
            return again(site, user, e.said().in("cy".equals(lang) ? "cy" : "en"));
        } catch (OpenDataService.UnknownSite e) {
            throw new NotFoundException(e.said().in("cy".equals(lang) ? "cy" : "en"));
        } catch (FormUploads.Refused | IOException e) {
            return again(site, user, OpenDataMessage.of("refused.received", String.valueOf(e.getMessage())).in("cy".equals(lang) ? "cy" : "en"));
        }
    }

    private Response again(String site, FolkmootUser user, String error) {
        Page page = page(site, user, null, Map.of(FILE_FIELD, error), 422);
        return Response.status(422).entity(page).build();
    }

    private Page page(String site, FolkmootUser user, String importId, Map<String, String> errors, int status) {
        Map<String, Object> model = new LinkedHashMap<>();
        String host = ConfiguredSites.host(site);
        model.put("host", host);
        model.put("siteUrl", site);
        model.put("csrf", user.csrfToken());
        model.put("field", FILE_FIELD);
        model.put(Page.ERRORS, errors);
        List<OpenDataProgress> recent = service.recent(site);
        Optional<OpenDataProgress> shown = importId == null ? recent.stream().findFirst()
                : service.progress(importId).filter(p -> p.site().equals(site));
        model.put("current", shown.map(OpenDataPages::progress).orElse(Map.of()));
        model.put("earlier", recent.stream().filter(p -> shown.isEmpty() || !p.id().equals(shown.get().id()))
                .map(OpenDataPages::progress).toList());
        return new Page(OpenDataPages.class, "decidim-open-data.ftlh", model, status);
    }

    static Map<String, Object> progress(OpenDataProgress p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("upload", p.upload());
        m.put("stage", p.stage().id());
        m.put("percent", p.percent());
        m.put("rows", p.rows());
        m.put("read", p.read());
        m.put("imported", p.importedCount());
        m.put("updated", p.updatedCount());
        m.put("unchanged", p.unchangedCount());
        m.put("withheld", p.withheldCount());
        m.put("refused", p.refusedCount());
        m.put("refusals", p.refusals().stream().limit(SHOWN_REFUSALS)
                .map(r -> Map.of("file", r.file(), "line", r.line(), "message_en", r.message().in("en"),
                        "message_cy", r.message().in("cy"))).toList());
        m.put("failure_en", p.failureMessage().map(f -> f.in("en")).orElse(""));
        m.put("failure_cy", p.failureMessage().map(f -> f.in("cy")).orElse(""));
        m.put("started", p.started());
        m.put("finished", p.finished());
        return m;
    }

    private String site(String host) {
        return sites.find("https://" + (host == null ? "" : host.strip()))
                .orElseThrow(() -> new NotFoundException("No Decidim site " + host + " is configured here."));
    }
}
