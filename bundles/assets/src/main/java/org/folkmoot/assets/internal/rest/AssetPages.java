package org.folkmoot.assets.internal.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.privacy.Redactor;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.api.security.Roles;
import org.folkmoot.api.web.Page;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
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
import jakarta.ws.rs.core.UriBuilder;

/**
 * The module's pages, in English and Welsh: the public register ({@code /asset-transfers}), a
 * case's public page, and the officers' deadline dashboard and forms. ({@code /assets/*} is the web
 * bundle's static files, hence the path.) Each method returns a {@link Page} that the web bundle
 * renders in the request's language; a refused form comes back with each error beside its field.
 */
@Component(service = AssetPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assets.pages")
@Path("asset-transfers")
public class AssetPages {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final AssetStore store;
    private final Representations representations;

    @Activate
    public AssetPages(@Reference AssetStore store, @Reference ContributionArchive archive, @Reference Pseudonyms pseudonyms,
                      @Reference Redactor redactor) {
        this.store = store;
        this.representations = new Representations(archive, pseudonyms, redactor);
    }

    @GET
    @Produces(HTML)
    public Page register(@QueryParam("q") String q, @Context SecurityContext sc) {
        Map<String, Object> model = new HashMap<>(PageModels.register(store.register().all(), store.cases().allLocks(), q));
        model.put("officer", officer(sc).isPresent());
        return Page.of(AssetPages.class, "assets-register.ftlh", model);
    }

    @GET
    @Path("cases/{id}")
    @Produces(HTML)
    public Page caseFile(@PathParam("id") String id, @QueryParam("saved") String saved, @Context SecurityContext sc) {
        CaseFile<?> c = found(id);
        boolean known = saved != null && (saved.equals("submitted") || saved.equals("nominated")
                || OfficerForms.find(c, saved).isPresent());
        boolean representation = "representation".equals(saved);
        return casePage(c, known ? saved : "", representation, Map.of(), Map.of(), "", Map.of(), sc);
    }

    /**
     * A resident's representation from the case page's form (no JavaScript needed), stored as the
     * JSON API stores it: on success back to the case page (303) with a banner, else the page again
     * with the error beside the field that caused it (409, 413 or 422).
     */
    @POST
    @Path("cases/{id}/representations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public Response makeRepresentation(@PathParam("id") String id, MultivaluedMap<String, String> form,
                                       @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang, @Context SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
        Map<String, String> posted = single(form);
        CaseFile<?> c = found(id);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Refusal> refusals = new HashMap<>();
        // Each field first, so that a form with two faults shows both; the shared code checks again.
        if (posted.getOrDefault("text", "").isBlank()) {
            errors.put("representation-text", "assets.representation.error.text");
        }
        String language = posted.getOrDefault("language", "").strip();
        if (!language.equals("en") && !language.equals("cy")) {
            errors.put("representation-language", "assets.representation.error.choose");
        }
        int status = 422;
        if (errors.isEmpty()) {
            try {
                representations.make(c, user, new RepresentationsResource.NewRepresentation(blankToNull(posted.get("title")),
                        posted.getOrDefault("text", ""), language));
                return Response.seeOther(casePath(id, "representation", lang)).build();
            } catch (Representations.Refused e) {
                String field = "representation-" + (e.field() == null ? "text" : e.field());
                errors.put(field, e.getMessage());
                refusals.put(field, e.refusal());
                // A blank text is the form's own 422; the JSON API's 400 is for a body without one.
                status = e.getResponse().getStatus() == 400 ? 422 : e.getResponse().getStatus();
            }
        }
        Map<String, String> typed = new HashMap<>();
        for (String f : new String[] {"title", "text", "language"}) {
            typed.put(f, posted.getOrDefault(f, ""));
        }
        return Response.status(status).entity(casePage(found(id), "", false, errors, refusals, "representation", typed, sc)
                .withStatus(status)).build();
    }

    /**
     * An officer's step from the case page's form (no JavaScript needed): on success back to the
     * case page (303), else the page again with each error beside the field that caused it (409 or 422).
     */
    @POST
    @Path("cases/{id}/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public Response recordStep(@PathParam("id") String id, MultivaluedMap<String, String> form,
                               @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang, @Context SecurityContext sc) {
        String who = Officers.require(sc).id();
        Map<String, String> posted = single(form);
        CaseFile<?> c = found(id);
        String step = posted.getOrDefault("step", "").strip();
        OfficerForms.StepForm stepForm = OfficerForms.find(c, step).orElse(null);
        if (stepForm == null) {
            throw new BadRequestException("Choose a step to record: there is no step '" + step + "' for this case.");
        }
        Map<String, String> errors = OfficerForms.check(stepForm, posted);
        Map<String, Refusal> refusals = new HashMap<>();
        int status = 422;
        if (errors.isEmpty()) {
            try {
                Act act = new Act(LocalDate.parse(posted.get("date").strip()), who, blankToNull(posted.get("note")));
                store.cases().step(id, step, act, OfficerForms.args(stepForm, posted))
                        .orElseThrow(() -> new NotFoundException("There is no case " + id + "."));
                return Response.seeOther(casePath(id, step, lang)).build();
            } catch (CaseException e) {
                String field = OfficerForms.fieldId(stepForm, e.field().orElse("date"));
                errors.put(field, e.getMessage());
                Refusal.of(e).ifPresent(r -> refusals.put(field, r));
                status = e.httpStatus();
            }
        }
        return Response.status(status).entity(casePage(found(id), "", false, errors, refusals, step, posted, sc)
                .withStatus(status)).build();
    }

    /** The form for recording a Scottish asset transfer request; {@code uprn}, {@code assetCode} and {@code land} prefill it. */
    @GET
    @Path("new-request")
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public Page newRequest(@QueryParam("uprn") String uprn, @QueryParam("assetCode") String assetCode,
                           @QueryParam("land") String land, @Context SecurityContext sc) {
        FolkmootUser user = Officers.require(sc);
        Map<String, String> values = prefilled(uprn, assetCode, land);
        values.put("transferType", "");
        values.put("authority", "LOCAL_AUTHORITY");
        return requestPage(user, values, Map.of(), Map.of());
    }

    @POST
    @Path("new-request")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public Response recordRequest(MultivaluedMap<String, String> form, @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang,
                                  @Context SecurityContext sc) {
        FolkmootUser user = Officers.require(sc);
        Map<String, String> posted = single(form);
        String id = posted.getOrDefault("id", "").strip();
        return opened(id, "submitted", lang, OfficerForms.REQUEST_FIELDS, OfficerForms.checkRequest(posted), () -> {
            Act act = new Act(LocalDate.parse(posted.get("date").strip()), user.id(), blankToNull(posted.get("note")));
            store.cases().openRequest(id, new LandReference(posted.get("uprn"), posted.get("assetCode"), posted.get("land")),
                    posted.get("communityBody"), posted.get("transferType"), blankToNull(posted.get("authority")), act);
        }, (errors, refusals) -> requestPage(user, asTyped(OfficerForms.REQUEST_FIELDS, posted), errors, refusals));
    }

    @GET
    @Path("dashboard")
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public Page dashboard(@QueryParam("days") Integer days, @Context SecurityContext sc) {
        Officers.require(sc);
        int d = days == null ? 28 : days;
        if (d < 0 || d > 366) {
            throw new BadRequestException("Look ahead between 0 and 366 days.");
        }
        return Page.of(AssetPages.class, "assets-dashboard.ftlh", PageModels.dashboard(store.cases().dashboard(d, null), d));
    }

    /** The form for recording an English nomination; {@code uprn}, {@code assetCode} and {@code land} prefill it. */
    @GET
    @Path("new-nomination")
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public Page newNomination(@QueryParam("uprn") String uprn, @QueryParam("assetCode") String assetCode,
                              @QueryParam("land") String land, @Context SecurityContext sc) {
        FolkmootUser user = Officers.require(sc);
        Map<String, String> values = prefilled(uprn, assetCode, land);
        values.put("name", values.get("land"));
        return nominationPage(user, values, Map.of(), Map.of());
    }

    @POST
    @Path("new-nomination")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(Officers.ROLE)
    public Response recordNomination(MultivaluedMap<String, String> form, @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang,
                                     @Context SecurityContext sc) {
        FolkmootUser user = Officers.require(sc);
        Map<String, String> posted = single(form);
        String id = posted.getOrDefault("id", "").strip();
        return opened(id, "nominated", lang, OfficerForms.NOMINATION_FIELDS, OfficerForms.checkNomination(posted), () -> {
            Act act = new Act(LocalDate.parse(posted.get("date").strip()), user.id(), blankToNull(posted.get("note")));
            Nominator.Kind kind = new CaseSteps.Args("nominated", posted).choice("nominatorKind", Nominator.Kind.class);
            String members = posted.getOrDefault("members", "").strip();
            Nominator nominator = new Nominator(posted.get("nominator"), kind, members.isEmpty() ? 0 : Integer.parseInt(members),
                    "true".equals(posted.get("localConnection")));
            store.cases().openNomination(id, new LandReference(posted.get("uprn"), posted.get("assetCode"), posted.get("land")),
                    posted.get("name"), posted.get("address"), nominator, act);
        }, (errors, refusals) -> nominationPage(user, asTyped(OfficerForms.NOMINATION_FIELDS, posted), errors, refusals));
    }

    /**
     * Opens a case from a form whose fields passed their checks: on success, the new case's page
     * (303); refused, the form again with the officer's values and the refusal beside the field it
     * names (the date when it names none: the law in force, a date in the future), with its status.
     */
    private Response opened(String id, String saved, String lang, java.util.List<String> fields, Map<String, String> errors,
                            Runnable open,
                            java.util.function.BiFunction<Map<String, String>, Map<String, Refusal>, Page> formAgain) {
        int status = 422;
        Map<String, Refusal> refusals = new HashMap<>();
        if (errors.isEmpty()) {
            try {
                open.run();
                return Response.seeOther(casePath(id, saved, lang)).build();
            } catch (CaseException e) {
                String field = e.field().filter(fields::contains).orElse("date");
                errors.put(field, e.getMessage());
                Refusal.of(e).ifPresent(r -> refusals.put(field, r));
                status = e.httpStatus();
            }
        }
        return Response.status(status).entity(formAgain.apply(errors, refusals).withStatus(status)).build();
    }

    private Page casePage(CaseFile<?> c, String saved, boolean representationSaved, Map<String, String> errors,
                          Map<String, Refusal> refusals, String errorStep, Map<String, String> values, SecurityContext sc) {
        Map<String, Object> model = new HashMap<>(PageModels.caseFile(c, officer(sc).map(FolkmootUser::csrfToken), saved, errors,
                errorStep, values));
        model.putAll(PageModels.representations(c, representations.newestFirst(c), FolkmootUser.of(sc).map(FolkmootUser::csrfToken),
                representationSaved));
        model.put("refusals", Refusal.models(refusals));
        return Page.of(AssetPages.class, "assets-case.ftlh", model);
    }

    private static Page requestPage(FolkmootUser user, Map<String, String> values, Map<String, String> errors,
                                    Map<String, Refusal> refusals) {
        Map<String, Object> model = new HashMap<>(PageModels.newRequest(user.csrfToken(), values, errors));
        model.put("refusals", Refusal.models(refusals));
        return Page.of(AssetPages.class, "assets-new-request.ftlh", model);
    }

    private static Page nominationPage(FolkmootUser user, Map<String, String> values, Map<String, String> errors,
                                       Map<String, Refusal> refusals) {
        Map<String, Object> model = new HashMap<>(PageModels.newNomination(user.csrfToken(), values, errors));
        model.put("refusals", Refusal.models(refusals));
        return Page.of(AssetPages.class, "assets-new-nomination.ftlh", model);
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

    /** The case page after a form, in the language the form was posted in. */
    private static URI casePath(String id, String saved, String lang) {
        UriBuilder b = UriBuilder.fromPath("/asset-transfers/cases/{id}").queryParam("saved", saved);
        if ("cy".equals(lang)) {
            b.queryParam(PageRenderer.LANGUAGE_PARAMETER, "cy");
        }
        return b.build(id);
    }

    private LocalDate today() {
        return LocalDate.now(Clock.system(CaseFile.UK));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The first value of each form field. */
    private static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> out = new LinkedHashMap<>();
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
