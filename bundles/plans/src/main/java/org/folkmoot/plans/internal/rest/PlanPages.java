package org.folkmoot.plans.internal.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Roles;
import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.plans.internal.PlansRoles;
import org.folkmoot.plans.internal.comments.Comments;
import org.folkmoot.plans.internal.comments.Comments.NewComment;
import org.folkmoot.plans.internal.comments.Comments.PublishedComment;
import org.folkmoot.plans.internal.plan.Consultation;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;
import org.folkmoot.plans.internal.plan.PlanVersion;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.report.ConsultationStatement;
import org.folkmoot.plans.internal.report.ProgressReport;
import org.folkmoot.plans.internal.report.ProgressReportDocument;
import org.folkmoot.plans.internal.rules.PlanRules;
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

/**
 * The module's pages, in English and Welsh: the list of plans, the rules of each type, a plan (any
 * published version) with its sections in English and Welsh side by side and the comment form while
 * a consultation is open, a consultation statement and a progress report, and the print stylesheet.
 * A refused comment comes back on the plan page with the error beside its field.
 */
@Component(service = PlanPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.plans.pages")
@Path("plans")
public class PlanPages {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    /** Comments shown on one page of a plan; the rest are a page link away (and all are in the statement). */
    static final int COMMENTS_PER_PAGE = 100;

    private final PlanStore store;
    private final Comments comments;

    @Activate
    public PlanPages(@Reference PlanStore store, @Reference Comments comments) {
        this.store = store;
        this.comments = comments;
    }

    @GET
    @Produces(HTML)
    public Page index(@Context SecurityContext sc) {
        Map<String, Object> model = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Plan p : store.plans().all()) {
            if (p.latestPublished().isEmpty() && !mayEdit(sc)) {
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("plan", p);
            row.put("stage", stage(p));
            rows.add(row);
        }
        model.put("plans", rows);
        model.put("officer", mayEdit(sc));
        model.put("startPlans", FolkmootUser.of(sc).map(u -> u.hasRole(PlansRoles.OFFICER)).orElse(false));
        return Page.of(PlanPages.class, "plans-index.ftlh", model);
    }

    @GET
    @Path("rules")
    @Produces(HTML)
    public Page rules() {
        List<PlanRules> all = store.rules().all();
        Map<String, java.time.LocalDate> replaced = new HashMap<>();
        for (PlanRules r : all) {
            all.stream().filter(x -> x.type() == r.type() && x.effectiveFrom().isAfter(r.effectiveFrom()))
                    .map(PlanRules::effectiveFrom).min(java.util.Comparator.naturalOrder()).ifPresent(d -> replaced.put(r.id(), d));
        }
        return Page.of(PlanPages.class, "plans-rules.ftlh", Map.of("ruleSets", all, "replaced", replaced));
    }

    /** The stylesheet for printing a plan, a statement or a report: content only, links spelt out. */
    @GET
    @Path("print.css")
    @Produces("text/css;charset=utf-8")
    public Response printCss() {
        try (var in = PlanPages.class.getResourceAsStream("/static/plans-print.css")) {
            if (in == null) {
                throw new NotFoundException();
            }
            return Response.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8)).header("Cache-Control", "public, max-age=3600").build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A plan at its latest published version (editors see the draft when nothing is published yet). */
    public Page plan(String id, String saved, Integer page, SecurityContext sc) {
        return plan(id, saved, page, null, null, sc);
    }

    /** With {@code section} and {@code paragraph}: the comment form starts on that paragraph (its "comment on" link). */
    @GET
    @Path("{id}")
    @Produces(HTML)
    public Page plan(@PathParam("id") String id, @QueryParam("saved") String saved, @QueryParam("page") Integer page,
                     @QueryParam("section") String section, @QueryParam("paragraph") Integer paragraph, @Context SecurityContext sc) {
        Plan p = found(id);
        PlanVersion v = p.latestPublished().or(() -> mayEdit(sc) ? p.latest() : java.util.Optional.empty())
                .orElseThrow(() -> new NotFoundException("Plan " + id + " has no published version yet."));
        return planPage(p, v, "comment".equals(saved), commentOn(v, section, paragraph), Map.of(), page, sc);
    }

    /** The comment form's section and paragraph as a paragraph's link gives them, if that paragraph is in this version. */
    private static Map<String, String> commentOn(PlanVersion v, String section, Integer paragraph) {
        if (section == null || v.section(section).isEmpty()) {
            return Map.of();
        }
        if (paragraph == null || paragraph < 1 || paragraph > 10_000) {
            return Map.of("section", section);
        }
        return Map.of("section", section, "paragraph", String.valueOf(paragraph));
    }

    public Page version(String id, int n, Integer page, SecurityContext sc) {
        return version(id, n, page, null, null, sc);
    }

    @GET
    @Path("{id}/versions/{n}")
    @Produces(HTML)
    public Page version(@PathParam("id") String id, @PathParam("n") int n, @QueryParam("page") Integer page,
                        @QueryParam("section") String section, @QueryParam("paragraph") Integer paragraph, @Context SecurityContext sc) {
        Plan p = found(id);
        PlanVersion v;
        try {
            v = p.version(n);
        } catch (PlanException e) {
            throw new NotFoundException(e.getMessage());
        }
        if (!v.published() && !mayEdit(sc)) {
            throw new NotFoundException(id + " has no published version " + n + ".");
        }
        return planPage(p, v, false, commentOn(v, section, paragraph), Map.of(), page, sc);
    }

    /** A comment from the plan page's form: back to the plan (303), or the page again with the error beside the field. */
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public Response comment(@PathParam("id") String id, MultivaluedMap<String, String> form,
                            @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang, @Context SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
        Plan p = found(id);
        Map<String, String> typed = new HashMap<>();
        for (String f : new String[] {"text", "section", "paragraph", "language", "organisation"}) {
            String value = form.getFirst(f);
            typed.put(f, value == null ? "" : value.strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Integer paragraph = null;
        if (!typed.get("paragraph").isEmpty()) {
            try {
                paragraph = Integer.valueOf(typed.get("paragraph"));
            } catch (NumberFormatException e) {
                errors.put("comment-paragraph", "plans.comment.error.paragraph-number");
            }
        }
        if (!typed.get("language").equals("en") && !typed.get("language").equals("cy")) {
            errors.put("comment-language", "plans.comment.error.choose-language");
        }
        if (typed.get("text").isEmpty()) {
            errors.put("comment-text", "plans.comment.error.text");
        }
        int status = 422;
        if (errors.isEmpty()) {
            try {
                comments.make(p, user, new NewComment(typed.get("text"), typed.get("section"), paragraph, typed.get("language"),
                        typed.get("organisation")), store.today());
                String back = "/plans/" + id + "?saved=comment" + ("cy".equals(lang) ? "&lang=cy" : "") + "#comments";
                return Response.seeOther(URI.create(back)).build();
            } catch (PlanException e) {
                errors.put("comment-" + e.field().orElse("text"), PageText.of(e, "cy".equals(lang) ? "cy" : "en"));
                status = e.status();
            }
        }
        PlanVersion v = p.latestPublished().orElseThrow(NotFoundException::new);
        return Response.status(status).entity(planPage(p, v, false, typed, errors, null, sc).withStatus(status)).build();
    }

    @GET
    @Path("{id}/consultations/{c}/statement")
    @Produces(HTML)
    public Page statement(@PathParam("id") String id, @PathParam("c") int c) {
        Plan p = found(id);
        try {
            List<PublishedComment> all = comments.of(p);
            ConsultationStatement s = ConsultationStatement.of(p, c, store.rulesOf(p), all);
            return Page.of(PlanPages.class, "plans-statement.ftlh", Map.of("s", s, "plan", p, "today", store.today(),
                    "open", s.consultation().isOpenOn(store.today()), "commentLinks", commentLinks(p, s.consultation().version(), all)));
        } catch (PlanException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    @GET
    @Path("{id}/reports/{n}")
    @Produces(HTML)
    public Page report(@PathParam("id") String id, @PathParam("n") int n) {
        Plan p = found(id);
        try {
            ProgressReport r = ProgressReport.of(p, store.rulesOf(p), n, store.today());
            return Page.of(PlanPages.class, "plans-report.ftlh", Map.of("r", r, "plan", p, "columns", columns(p)));
        } catch (PlanException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    /** The report as an OpenDocument text, in the language asked for, to send on and keep. */
    @GET
    @Path("{id}/reports/{n}/document")
    @Produces(ProgressReportDocument.MEDIA_TYPE)
    public Response reportDocument(@PathParam("id") String id, @PathParam("n") int n,
                                   @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang) {
        Plan p = found(id);
        String language = "cy".equals(lang) ? "cy" : "en";
        ProgressReport r;
        try {
            r = ProgressReport.of(p, store.rulesOf(p), n, store.today());
        } catch (PlanException e) {
            throw new NotFoundException(e.getMessage());
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            ProgressReportDocument.write(r, language, (key, args) -> PageText.of(key, language, args), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String name = id + "-progress-report-" + n + ("cy".equals(language) ? "-cy" : "") + ".odt";
        return Response.ok(out.toByteArray(), ProgressReportDocument.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The comparison of two versions, sections and sentences, marked in the markup and in words. */
    @GET
    @Path("{id}/compare/{from}/{to}")
    @Produces(HTML)
    public Page compare(@PathParam("id") String id, @PathParam("from") int from, @PathParam("to") int to,
                        @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang, @Context SecurityContext sc) {
        Plan p = found(id);
        try {
            return Page.of(PlanPages.class, "plans-version-compare.ftlh", Map.of("plan", p, "from", from, "to", to,
                    "comparison", Comparisons.compare(p, from, to, "cy".equals(lang) ? "cy" : "en", mayEdit(sc))));
        } catch (PlanException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    private Page planPage(Plan p, PlanVersion v, boolean saved, Map<String, String> typed, Map<String, String> errors,
                          Integer page, SecurityContext sc) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", p);
        model.put("rules", store.rulesOf(p));
        model.put("version", v);
        if (v.publishedAt() != null) {
            model.put("publishedOn", v.publishedAt().atZone(Plan.UK).toLocalDate());
        }
        model.put("latest", p.latestPublished().map(x -> x.number() == v.number()).orElse(false));
        boolean editor = mayEdit(sc);
        model.put("versions", p.versions().stream().filter(x -> x.published() || editor).toList());
        model.put("staff", editor);
        model.put("columns", columns(p));
        Consultation open = p.openOn(store.today()).orElse(null);
        model.put("open", open != null && open.version() == v.number() ? open : null);
        model.put("consultations", p.consultations());
        List<PublishedComment> all = comments.of(p);
        List<PublishedComment> onVersion = all.stream().filter(c -> c.version() == v.number()).toList();
        int pages = Math.max(1, (onVersion.size() + COMMENTS_PER_PAGE - 1) / COMMENTS_PER_PAGE);
        int shown = page == null || page < 1 ? 1 : Math.min(page, pages);
        model.put("comments", onVersion.subList((shown - 1) * COMMENTS_PER_PAGE, Math.min(onVersion.size(), shown * COMMENTS_PER_PAGE)));
        model.put("commentCount", onVersion.size());
        String base = v.number() == p.latestPublished().map(PlanVersion::number).orElse(-1)
                ? "/plans/" + p.id() : "/plans/" + p.id() + "/versions/" + v.number();
        model.put("pagination", Pagination.of(base, shown, pages));
        model.put("answers", p.answers());
        model.put("signedIn", FolkmootUser.of(sc).isPresent());
        model.put("csrf", FolkmootUser.of(sc).map(FolkmootUser::csrfToken).orElse(""));
        model.put("saved", saved);
        model.put("values", typed);
        model.put(Page.ERRORS, errors);
        model.put("sectionItems", sectionItems(v));
        model.put("adoption", p.adoption().orElse(null));
        model.put("nextReport", p.nextReport(store.rulesOf(p)).orElse(null));
        model.put("today", store.today());
        model.put("stage", stage(p));
        model.put("previous", p.versions().stream().filter(x -> x.number() < v.number() && (x.published() || editor))
                .map(PlanVersion::number).reduce((a, b) -> b).orElse(0));
        return Page.of(PlanPages.class, "plans-plan.ftlh", model);
    }

    /**
     * Where each comment on a version is shown: the version's page (the plan's own page for the latest
     * published version) at the page of 100 that holds it, so that a link from the statement finds it
     * however many comments came before. Without the fragment (the template adds the language first).
     */
    static Map<String, String> commentLinks(Plan p, int version, List<PublishedComment> all) {
        String base = version == p.latestPublished().map(PlanVersion::number).orElse(-1)
                ? "/plans/" + p.id() : "/plans/" + p.id() + "/versions/" + version;
        Map<String, String> links = new HashMap<>();
        int i = 0;
        for (PublishedComment c : all) {
            if (c.version() == version) {
                int page = i / COMMENTS_PER_PAGE + 1;
                links.put(c.id(), page == 1 ? base : base + "?page=" + page);
                i++;
            }
        }
        return links;
    }

    /** The plan's stage in a word, as a message key suffix. */
    private String stage(Plan p) {
        if (p.adoption().isPresent()) {
            return "adopted";
        }
        if (p.openOn(store.today()).isPresent()) {
            return "consultation";
        }
        return p.latestPublished().isPresent() ? "published" : "draft";
    }

    /** The two languages in the order the council chose: Welsh first where it says so. */
    private static List<String> columns(Plan p) {
        return p.welshFirst() ? List.of("cy", "en") : List.of("en", "cy");
    }

    private static List<Map<String, String>> sectionItems(PlanVersion v) {
        List<Map<String, String>> items = new ArrayList<>();
        items.add(Map.of("value", "", "key", "plans.comment.whole"));
        for (Section s : v.sections()) {
            items.add(Map.of("value", s.key(), "en", s.heading().in("en"), "cy", s.heading().in("cy")));
        }
        return items;
    }

    private Plan found(String id) {
        return store.plans().find(id).orElseThrow(() -> new NotFoundException("There is no plan " + id + "."));
    }

    private static boolean mayEdit(SecurityContext sc) {
        return FolkmootUser.of(sc).map(u -> u.hasRole(PlansRoles.EDITOR) || u.hasRole(PlansRoles.OFFICER)).orElse(false);
    }
}
