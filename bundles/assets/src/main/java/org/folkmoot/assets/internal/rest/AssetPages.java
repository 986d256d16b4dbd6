package org.folkmoot.assets.internal.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.assets.internal.cases.Act;
import org.folkmoot.assets.internal.cases.CaseException;
import org.folkmoot.assets.internal.cases.CaseFile;
import org.folkmoot.assets.internal.cases.CaseSteps;
import org.folkmoot.assets.internal.cases.LandReference;
import org.folkmoot.assets.internal.cases.Nominator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * The module's pages, in English and Welsh: the public register ({@code /asset-transfers}), a
 * case's public page, and the officers' deadline dashboard. ({@code /assets/*} is the web
 * bundle's static files, hence the path.)
 */
@Component(service = AssetPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assets.pages")
@Path("asset-transfers")
public class AssetPages {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final AssetStore store;
    private final PageRenderer pages;

    @Activate
    public AssetPages(@Reference AssetStore store, @Reference PageRenderer pages) {
        this.store = store;
        this.pages = pages;
    }

    @GET
    @Produces(HTML)
    public String register(@QueryParam("q") String q, @Context SecurityContext sc, @Context UriInfo uri,
                           @Context HttpHeaders headers) {
        Map<String, Object> model = new HashMap<>(PageModels.register(store.register().all(), store.cases().allLocks(), q));
        model.put("officer", officer(sc).isPresent());
        return pages.render(AssetPages.class, "assets-register.ftlh", model, uri, headers);
    }

    @GET
    @Path("cases/{id}")
    @Produces(HTML)
    public String caseFile(@PathParam("id") String id, @QueryParam("saved") String saved, @Context SecurityContext sc,
                           @Context UriInfo uri, @Context HttpHeaders headers) {
        CaseFile<?> c = found(id);
        boolean known = saved != null && (saved.equals("submitted") || saved.equals("nominated")
                || OfficerForms.find(c, saved).isPresent());
        return casePage(c, known ? saved : "", "", "", Map.of(), sc, uri, headers);
    }

    /**
     * An officer's step from the case page's form (no JavaScript needed): on success back to the
     * case page (303), else the page again with the refusal next to the form (409 or 422).
     */
    @POST
    @Path("cases/{id}/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public Response recordStep(@PathParam("id") String id, MultivaluedMap<String, String> form, @Context SecurityContext sc,
                               @Context UriInfo uri, @Context HttpHeaders headers) {
        String who = Officers.require(sc).id();
        Map<String, String> posted = single(form);
        CaseFile<?> c = found(id);
        String step = posted.getOrDefault("step", "").strip();
        OfficerForms.StepForm stepForm = OfficerForms.find(c, step).orElse(null);
        try {
            if (stepForm == null) {
                throw CaseException.invalid("Choose a step to record.");
            }
            Act act = new Act(date(posted.get("date")), who, blankToNull(posted.get("note")));
            store.cases().step(id, step, act, OfficerForms.args(stepForm, posted))
                    .orElseThrow(() -> new NotFoundException("There is no case " + id + "."));
        } catch (CaseException e) {
            CaseFile<?> now = found(id);
            return Response.status(e.httpStatus()).type(HTML)
                    .entity(casePage(now, "", e.getMessage(), step, posted, sc, uri, headers)).build();
        }
        return Response.seeOther(casePath(id, step, uri, headers)).build();
    }

    /** The form for recording a Scottish asset transfer request; {@code uprn}, {@code assetCode} and {@code land} prefill it. */
    @GET
    @Path("new-request")
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public String newRequest(@QueryParam("uprn") String uprn, @QueryParam("assetCode") String assetCode,
                             @QueryParam("land") String land, @Context SecurityContext sc, @Context UriInfo uri,
                             @Context HttpHeaders headers) {
        FolkmootUser user = Officers.require(sc);
        Map<String, String> values = prefilled(uprn, assetCode, land);
        values.put("transferType", "");
        values.put("authority", "LOCAL_AUTHORITY");
        return requestPage(user, values, "", uri, headers);
    }

    @POST
    @Path("new-request")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public Response recordRequest(MultivaluedMap<String, String> form, @Context SecurityContext sc, @Context UriInfo uri,
                                  @Context HttpHeaders headers) {
        FolkmootUser user = Officers.require(sc);
        Map<String, String> posted = single(form);
        String id = posted.getOrDefault("id", "").strip();
        return opened(id, "submitted", () -> {
            Act act = new Act(date(posted.get("date")), user.id(), blankToNull(posted.get("note")));
            store.cases().openRequest(id, new LandReference(posted.get("uprn"), posted.get("assetCode"), posted.get("land")),
                    posted.get("communityBody"), posted.get("transferType"), blankToNull(posted.get("authority")), act);
        }, refusal -> requestPage(user, asTyped(OfficerForms.REQUEST_FIELDS, posted), refusal, uri, headers), uri, headers);
    }

    @GET
    @Path("dashboard")
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public String dashboard(@QueryParam("days") Integer days, @Context SecurityContext sc, @Context UriInfo uri,
                            @Context HttpHeaders headers) {
        Officers.require(sc);
        int d = days == null ? 28 : days;
        if (d < 0 || d > 366) {
            throw new BadRequestException("Look ahead between 0 and 366 days.");
        }
        return pages.render(AssetPages.class, "assets-dashboard.ftlh",
                PageModels.dashboard(store.cases().dashboard(d, null), d), uri, headers);
    }

    /** The form for recording an English nomination; {@code uprn}, {@code assetCode} and {@code land} prefill it. */
    @GET
    @Path("new-nomination")
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public String newNomination(@QueryParam("uprn") String uprn, @QueryParam("assetCode") String assetCode,
                                @QueryParam("land") String land, @Context SecurityContext sc, @Context UriInfo uri,
                                @Context HttpHeaders headers) {
        FolkmootUser user = Officers.require(sc);
        Map<String, String> values = prefilled(uprn, assetCode, land);
        values.put("name", values.get("land"));
        return nominationPage(user, values, "", uri, headers);
    }

    @POST
    @Path("new-nomination")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public Response recordNomination(MultivaluedMap<String, String> form, @Context SecurityContext sc, @Context UriInfo uri,
                                     @Context HttpHeaders headers) {
        FolkmootUser user = Officers.require(sc);
        Map<String, String> posted = single(form);
        String id = posted.getOrDefault("id", "").strip();
        return opened(id, "nominated", () -> {
            Act act = new Act(date(posted.get("date")), user.id(), blankToNull(posted.get("note")));
            Nominator.Kind kind = new CaseSteps.Args("nominated", posted).choice("nominatorKind", Nominator.Kind.class);
            String members = posted.getOrDefault("members", "").strip();
            int count;
            try {
                count = members.isEmpty() ? 0 : Integer.parseInt(members);
            } catch (NumberFormatException e) {
                throw CaseException.invalid("'" + members + "' is not a number of members.");
            }
            Nominator nominator = new Nominator(posted.get("nominator"), kind, count, "true".equals(posted.get("localConnection")));
            store.cases().openNomination(id, new LandReference(posted.get("uprn"), posted.get("assetCode"), posted.get("land")),
                    posted.get("name"), posted.get("address"), nominator, act);
        }, refusal -> nominationPage(user, asTyped(OfficerForms.NOMINATION_FIELDS, posted), refusal, uri, headers), uri, headers);
    }

    /**
     * Opens a case from a form: on success, the new case's page (303); refused, the form again with
     * the officer's values and the reason, and the refusal's status.
     */
    private Response opened(String id, String saved, Runnable open, java.util.function.Function<String, String> formAgain,
                            UriInfo uri, HttpHeaders headers) {
        try {
            open.run();
        } catch (CaseException e) {
            return Response.status(e.httpStatus()).type(HTML).entity(formAgain.apply(e.getMessage())).build();
        }
        return Response.seeOther(casePath(id, saved, uri, headers)).build();
    }

    private String casePage(CaseFile<?> c, String saved, String error, String errorStep, Map<String, String> values,
                            SecurityContext sc, UriInfo uri, HttpHeaders headers) {
        return pages.render(AssetPages.class, "assets-case.ftlh", PageModels.caseFile(c,
                officer(sc).map(FolkmootUser::csrfToken), saved, error, errorStep, values), uri, headers);
    }

    private String requestPage(FolkmootUser user, Map<String, String> values, String error, UriInfo uri, HttpHeaders headers) {
        return pages.render(AssetPages.class, "assets-new-request.ftlh", PageModels.newRequest(user.csrfToken(), values, error),
                uri, headers);
    }

    private String nominationPage(FolkmootUser user, Map<String, String> values, String error, UriInfo uri,
                                  HttpHeaders headers) {
        return pages.render(AssetPages.class, "assets-new-nomination.ftlh",
                PageModels.newNomination(user.csrfToken(), values, error), uri, headers);
    }

    /** A new case's form, prefilled from the register entry it was opened from, dated today. */
    private Map<String, String> prefilled(String uprn, String assetCode, String land) {
        Map<String, String> values = new HashMap<>();
        values.put("uprn", uprn == null ? "" : uprn);
        values.put("assetCode", assetCode == null ? "" : assetCode);
        values.put("land", land == null ? "" : land);
        values.put("date", today().toString());
        return values;
    }

    /** The form's fields as the officer typed them, to show again beside the reason it was refused. */
    private static Map<String, String> asTyped(java.util.Collection<String> fields, Map<String, String> posted) {
        Map<String, String> values = new HashMap<>();
        fields.forEach(f -> values.put(f, posted.getOrDefault(f, "")));
        return values;
    }

    private CaseFile<?> found(String id) {
        return store.cases().load(id).orElseThrow(() -> new NotFoundException("There is no case " + id + "."));
    }

    /** The signed-in officer of this module, if the request has one. */
    private static Optional<FolkmootUser> officer(SecurityContext sc) {
        return FolkmootUser.of(sc).filter(u -> u.hasRole(Officers.ROLE));
    }

    private URI casePath(String id, String saved, UriInfo uri, HttpHeaders headers) {
        UriBuilder b = UriBuilder.fromPath("/asset-transfers/cases/{id}").queryParam("saved", saved);
        if ("cy".equals(pages.language(uri, headers))) {
            b.queryParam(PageRenderer.LANGUAGE_PARAMETER, "cy");
        }
        return b.build(id);
    }

    private LocalDate today() {
        return LocalDate.now(Clock.system(CaseFile.UK));
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw CaseException.invalid("Give the date as YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw CaseException.invalid("'" + value.strip() + "' is not a date written as YYYY-MM-DD.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The first value of each form field. */
    private static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> out = new HashMap<>();
        if (form != null) {
            form.forEach((k, v) -> {
                if (v != null && !v.isEmpty() && v.get(0) != null) {
                    out.put(k, v.get(0));
                }
            });
        }
        return out;
    }
}
