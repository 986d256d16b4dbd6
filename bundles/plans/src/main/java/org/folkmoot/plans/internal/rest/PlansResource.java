package org.folkmoot.plans.internal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Roles;
import org.folkmoot.api.web.BodyLimit;
import org.folkmoot.plans.internal.PlansRoles;
import org.folkmoot.plans.internal.comments.Comments;
import org.folkmoot.plans.internal.compare.Comparison;
import org.folkmoot.plans.internal.draftimport.DraftImporter;
import org.folkmoot.plans.internal.draftimport.DraftRefused;
import org.folkmoot.plans.internal.publish.DecidimResultsCsv;
import org.folkmoot.plans.internal.publish.PlanTimetableJson;
import org.folkmoot.plans.internal.report.DraftSections;
import org.folkmoot.plans.internal.report.PlanExports;
import org.folkmoot.plans.internal.comments.Comments.NewComment;
import org.folkmoot.plans.internal.comments.Comments.PublishedComment;
import org.folkmoot.plans.internal.plan.ActionStatus;
import org.folkmoot.plans.internal.plan.Adoption;
import org.folkmoot.plans.internal.plan.Answer;
import org.folkmoot.plans.internal.plan.Area;
import org.folkmoot.plans.internal.plan.Bilingual;
import org.folkmoot.plans.internal.plan.Consultation;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;
import org.folkmoot.plans.internal.plan.ProgressUpdate;
import org.folkmoot.plans.internal.plan.PublishedReport;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.rules.PlanRules;
import org.folkmoot.plans.internal.rules.PlanType;
import org.folkmoot.plans.internal.store.PlanStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/plans}: plans as data. Anyone reads published plans, rules and comments; a signed-in
 * resident or organisation comments while a consultation is open; plan editors write drafts and
 * publish versions; plan officers start plans, run consultations, answer comments, record adoption,
 * progress and reports. Refusals are {@code application/problem+json} with the rule cited; a
 * refused step writes nothing.
 */
@Component(service = PlansResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.plans.api")
@Path("api/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {
    /** A draft's sections may be long (each up to {@value Plan#MAX_SECTION} characters a language); the whole body at most 8 MiB. */
    static final long DRAFT_LIMIT = 8L << 20;
    /** A document to import: the importer's own limit (20 MB) and a little over, so that it is the one that answers. */
    static final long IMPORT_LIMIT = (20L << 20) + 1;
    private static final DraftImporter IMPORTER = new DraftImporter();

    record NewPlan(String id, String type, String titleEn, String titleCy, Boolean welshFirst, Area area, String organisation,
                   LocalDate started) {
    }

    record Draft(List<Section> sections) {
    }

    record NewConsultation(Integer version, String stage, LocalDate opens, LocalDate closes, String howPublicised) {
    }

    record NewConsultee(String name, Boolean statutory, String how) {
    }

    record Notified(LocalDate on, String how) {
    }

    record NewAnswer(String answer, Integer inVersion, String changedSection, String language) {
    }

    record NewAdoption(Integer version, LocalDate on, String decision) {
    }

    record NewProgress(String status, String note, LocalDate on, Map<String, BigDecimal> values) {
    }

    record ReportPublished(LocalDate on) {
    }

    private final PlanStore store;
    private final Comments comments;

    @Activate
    public PlansResource(@Reference PlanStore store, @Reference Comments comments) {
        this.store = store;
        this.comments = comments;
    }

    @GET
    public List<Views.PlanView> plans() {
        return store.plans().all().stream().map(p -> Views.of(p, store.rulesOf(p))).toList();
    }

    @GET
    @Path("rules")
    public List<PlanRules> rules() {
        return store.rules().all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlansRoles.OFFICER)
    public Response start(NewPlan n) {
        return run(() -> {
            if (n == null) {
                throw new PlanException(400, null, "Send the plan as JSON: id, type, titleEn, titleCy.", "plans.error.body");
            }
            PlanType type = PlanType.fromSlug(n.type() == null ? "" : n.type()).orElseThrow(() -> new PlanException(422, "type",
                    "Choose a type: loip, locality-plan, neighbourhood-plan, well-being-plan, place-plan or community-action-plan.",
                    "plans.error.type"));
            LocalDate started = n.started() == null ? store.today() : n.started();
            if (started.isAfter(store.today())) {
                throw new PlanException(422, "started", "A plan cannot start in the future.", "plans.error.started");
            }
            PlanRules rules = store.rules().inForce(type, started).orElseThrow(() -> new PlanException(422, "started",
                    "No rules for a " + type.label("en").toLowerCase() + " were in force on " + started + ".", "plans.error.no-rules"));
            Plan plan = Plan.start(n.id(), rules, Bilingual.of(n.titleEn(), n.titleCy()), Boolean.TRUE.equals(n.welshFirst()),
                    n.area(), n.organisation(), started);
            store.plans().create(plan);
            return Response.status(201).header("Location", "/api/plans/" + plan.id()).entity(Views.of(plan, rules)).build();
        });
    }

    @GET
    @Path("{id}")
    public Views.PlanView plan(@PathParam("id") String id) {
        return run(() -> {
            Plan p = store.plans().get(id);
            return Views.of(p, store.rulesOf(p));
        });
    }

    /** A version: published ones for anyone, drafts for editors and officers. */
    @GET
    @Path("{id}/versions/{n}")
    public Views.VersionView version(@PathParam("id") String id, @PathParam("n") int n, @Context SecurityContext sc) {
        return run(() -> {
            Plan p = store.plans().get(id);
            var v = p.version(n);
            if (!v.published() && !mayEdit(sc)) {
                throw new PlanException(404, null, id + " has no published version " + n + ".", "plans.error.no-version", n);
            }
            return Views.of(p, v);
        });
    }

    /** Saves the working draft (a new draft after the latest published version). */
    @PUT
    @Path("{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyLimit(bytes = DRAFT_LIMIT)
    @RolesAllowed({PlansRoles.EDITOR, PlansRoles.OFFICER})
    public Views.VersionView saveDraft(@PathParam("id") String id, Draft d, @Context SecurityContext sc) {
        String who = user(sc).id();
        return run(() -> store.plans().change(id, p -> Views.of(p, p.saveDraft(d == null ? null : d.sections(), who, store.clock()))));
    }

    /** Changes version {@code n}; a published version is refused (409). */
    @PUT
    @Path("{id}/versions/{n}")
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyLimit(bytes = DRAFT_LIMIT)
    @RolesAllowed({PlansRoles.EDITOR, PlansRoles.OFFICER})
    public Views.VersionView editVersion(@PathParam("id") String id, @PathParam("n") int n, Draft d, @Context SecurityContext sc) {
        String who = user(sc).id();
        return run(() -> store.plans().change(id, p -> Views.of(p, p.editVersion(n, d == null ? null : d.sections(), who, store.clock()))));
    }

    @POST
    @Path("{id}/versions/{n}/publish")
    @RolesAllowed({PlansRoles.EDITOR, PlansRoles.OFFICER})
    public Views.VersionView publish(@PathParam("id") String id, @PathParam("n") int n, @Context SecurityContext sc) {
        String who = user(sc).id();
        return run(() -> store.plans().change(id, p -> Views.of(p, p.publish(n, who, store.clock()))));
    }

    @POST
    @Path("{id}/consultations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlansRoles.OFFICER)
    public Response openConsultation(@PathParam("id") String id, NewConsultation c, @Context SecurityContext sc) {
        String who = user(sc).id();
        return run(() -> {
            if (c == null || c.version() == null) {
                throw new PlanException(422, "version", "Say which published version the consultation is on.", "plans.error.version");
            }
            Consultation opened = store.plans().change(id, p -> p.openConsultation(c.version(), c.stage(), c.opens(), c.closes(),
                    c.howPublicised(), store.rulesOf(p), who));
            return Response.status(201).entity(opened).build();
        });
    }

    @POST
    @Path("{id}/consultations/{c}/consultees")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlansRoles.OFFICER)
    public Consultation addConsultee(@PathParam("id") String id, @PathParam("c") int c, NewConsultee n) {
        return run(() -> store.plans().change(id, p -> p.addConsultee(c, n == null ? null : n.name(),
                n != null && Boolean.TRUE.equals(n.statutory()), n == null ? null : n.how())));
    }

    @POST
    @Path("{id}/consultations/{c}/consultees/{i}/notified")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlansRoles.OFFICER)
    public Consultation notified(@PathParam("id") String id, @PathParam("c") int c, @PathParam("i") int i, Notified n) {
        return run(() -> store.plans().change(id, p -> p.markNotified(c, i, n == null ? null : n.on(), n == null ? null : n.how(),
                store.today())));
    }

    @GET
    @Path("{id}/comments")
    public List<PublishedComment> comments(@PathParam("id") String id) {
        return run(() -> comments.of(store.plans().get(id)));
    }

    /** A comment on the plan, a section or a paragraph, while a consultation is open (409 when none is). */
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public Response comment(@PathParam("id") String id, NewComment c, @Context SecurityContext sc) {
        FolkmootUser user = user(sc);
        return run(() -> Response.status(201).entity(comments.make(store.plans().get(id), user, c, store.today())).build());
    }

    /** An officer's answer to a comment, with the section of a later version it changed, if any. */
    @POST
    @Path("{id}/comments/{comment}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlansRoles.OFFICER)
    public Answer answer(@PathParam("id") String id, @PathParam("comment") String commentId, NewAnswer a, @Context SecurityContext sc) {
        String who = user(sc).id();
        return run(() -> {
            Plan plan = store.plans().get(id);
            PublishedComment comment = comments.find(plan, commentId).orElseThrow(() -> new PlanException(404, null,
                    id + " has no public comment " + commentId + ".", "plans.error.no-comment", commentId));
            return store.plans().change(id, p -> p.answer(comment.consultation(), comment.id(), a == null ? null : a.answer(),
                    a == null ? null : a.inVersion(), a == null ? null : a.changedSection(), who, store.today(),
                    a == null ? null : a.language()));
        });
    }

    @POST
    @Path("{id}/adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlansRoles.OFFICER)
    public Adoption adopt(@PathParam("id") String id, NewAdoption a, @Context SecurityContext sc) {
        String who = user(sc).id();
        return run(() -> {
            if (a == null || a.version() == null) {
                throw new PlanException(422, "version", "Say which published version was adopted.", "plans.error.version");
            }
            return store.plans().change(id, p -> p.adopt(a.version(), a.on(), a.decision(), who, store.today()));
        });
    }

    @POST
    @Path("{id}/actions/{action}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlansRoles.OFFICER)
    public ProgressUpdate progress(@PathParam("id") String id, @PathParam("action") String action, NewProgress n,
                                   @Context SecurityContext sc) {
        String who = user(sc).id();
        return run(() -> {
            ActionStatus status = n == null || n.status() == null ? null : parseStatus(n.status());
            return store.plans().change(id, p -> p.recordProgress(action, status, n == null ? null : n.note(),
                    n == null ? null : n.values(), n == null ? null : n.on(), who, store.today()));
        });
    }

    @POST
    @Path("{id}/reports/{n}/published")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlansRoles.OFFICER)
    public PublishedReport reportPublished(@PathParam("id") String id, @PathParam("n") int n, ReportPublished r,
                                           @Context SecurityContext sc) {
        String who = user(sc).id();
        return run(() -> store.plans().change(id, p -> p.markReportPublished(n, r == null ? null : r.on(), who, store.rulesOf(p),
                store.today())));
    }

    /** The comparison of two versions (sections and sentences), in English or Welsh. */
    @GET
    @Path("{id}/compare/{from}/{to}")
    public Comparison compare(@PathParam("id") String id, @PathParam("from") int from, @PathParam("to") int to,
                              @QueryParam("language") String language, @Context SecurityContext sc) {
        return run(() -> Comparisons.compare(store.plans().get(id), from, to, language, mayEdit(sc)));
    }

    /**
     * A first draft from a Markdown, ODT or DOCX document (the format is read from its bytes): each
     * heading a section, in the language given ({@code en} by default). Refused: another format (415),
     * too large (413), damaged or empty (422); nothing is saved then.
     */
    @POST
    @Path("{id}/draft/import")
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(bytes = IMPORT_LIMIT)
    @RolesAllowed({PlansRoles.EDITOR, PlansRoles.OFFICER})
    public Views.VersionView importDraft(@PathParam("id") String id, @QueryParam("language") String language, byte[] document,
                                         @Context SecurityContext sc) {
        String who = user(sc).id();
        String lang = "cy".equals(language) ? "cy" : "en";
        return run(() -> {
            List<Section> sections;
            try {
                sections = DraftSections.of(IMPORTER.read(document == null ? new byte[0] : document), lang);
            } catch (DraftRefused e) {
                int status = switch (e.reason()) {
                    case NOT_A_DRAFT_FORMAT -> 415;
                    case TOO_LARGE, SECTION_TOO_LONG -> 413;
                    default -> 422;
                };
                throw new PlanException(status, "document", e.getMessage(), e.messageKey(), e.arguments().toArray());
            }
            return store.plans().change(id, p -> Views.of(p, p.saveDraft(sections, who, store.clock())));
        });
    }

    /** The plan's actions as Decidim's accountability results CSV (semicolon-separated, as Decidim writes it). */
    @GET
    @Path("{id}/actions.csv")
    @Produces("text/csv;charset=utf-8")
    public Response actionsCsv(@PathParam("id") String id) {
        Plan p = run(() -> store.plans().get(id));
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            new DecidimResultsCsv().write(PlanExports.actions(p, store.today()), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Response.ok(out.toString()).header("Content-Disposition", "attachment; filename=\"" + id + "-actions.csv\"").build();
    }

    /** The plan's timeline with the fields of planning.data.gov.uk's plan-timetable dataset. */
    @GET
    @Path("{id}/timetable.json")
    public Response timetable(@PathParam("id") String id) {
        Plan p = run(() -> store.plans().get(id));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            new PlanTimetableJson().write(PlanExports.timetable(p, store.today()), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Response.ok(out.toByteArray(), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
    }

    private static ActionStatus parseStatus(String s) {
        try {
            return ActionStatus.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new PlanException(422, "status", "Choose a status: NOT_STARTED, ON_TRACK, DELAYED, COMPLETE or DROPPED.",
                    "plans.error.status");
        }
    }

    private static boolean mayEdit(SecurityContext sc) {
        return FolkmootUser.of(sc).map(u -> u.hasRole(PlansRoles.EDITOR) || u.hasRole(PlansRoles.OFFICER)).orElse(false);
    }

    private static FolkmootUser user(SecurityContext sc) {
        return FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
    }

    /** Runs a step, turning a refusal into the problem the web bundle writes. */
    static <T> T run(Supplier<T> step) {
        try {
            return step.get();
        } catch (PlanException e) {
            if (e.status() >= 400 && e.status() < 500) {
                throw new ClientErrorException(e.getMessage(), e.status());
            }
            throw new WebApplicationException(e.getMessage(), e, e.status());
        }
    }
}
