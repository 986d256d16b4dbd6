package org.folkmoot.plans.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.plans.internal.PlansRoles;
import org.folkmoot.plans.internal.comments.Comments;
import org.folkmoot.plans.internal.comments.Comments.PublishedComment;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;
import org.folkmoot.plans.internal.plan.PlanVersion;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.plan.SectionKind;
import org.folkmoot.plans.internal.store.PlanStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
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
 * The officers' page for one plan ({@code /plans/{id}/manage}), forms that work without JavaScript
 * for each step the JSON API offers (a draft's sections are written on {@link SectionPages} and
 * imported on {@link DraftImportPage}): publish the draft, open a consultation window, list and mark
 * consultees, answer a comment and link the change, record adoption and progress, mark a report
 * published. Each form posts to {@code /plans/{id}/manage/{step}}: on success back to the page (303)
 * with a banner, else the page again with the error beside the field (409 or 422), nothing written.
 */
@Component(service = OfficerPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.plans.officer-pages")
@Path("plans/{id}/manage")
public class OfficerPages {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    static final List<String> STEPS = List.of("publish", "consultation", "consultee", "notified", "answer", "adopt", "progress",
            "report");
    /** The fields of each step's form, by the ids the page gives them after the step's name. */
    private static final Map<String, List<String>> FIELDS = Map.of(
            "publish", List.of("version"),
            "consultation", List.of("version", "stage", "opens-day", "closes-day", "how"),
            "consultee", List.of("consultation", "name", "statutory", "how"),
            "notified", List.of("consultee", "on-day", "how"),
            "answer", List.of("comment", "answer", "language", "change"),
            "adopt", List.of("version", "on-day", "decision"),
            "progress", List.of("action", "status", "on-day", "note"),
            "report", List.of("number", "on-day"));

    private final PlanStore store;
    private final Comments comments;

    @Activate
    public OfficerPages(@Reference PlanStore store, @Reference Comments comments) {
        this.store = store;
        this.comments = comments;
    }

    @GET
    @Produces(HTML)
    @RolesAllowed({PlansRoles.EDITOR, PlansRoles.OFFICER})
    public Page page(@PathParam("id") String id, @QueryParam("saved") String saved, @Context SecurityContext sc) {
        FolkmootUser user = staff(sc);
        return page(found(id), user, saved != null && STEPS.contains(saved) ? saved : "", "", Map.of(), Map.of());
    }

    @POST
    @Path("{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed({PlansRoles.EDITOR, PlansRoles.OFFICER})
    public Response step(@PathParam("id") String id, @PathParam("step") String step, MultivaluedMap<String, String> form,
                         @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang, @Context SecurityContext sc) {
        FolkmootUser user = staff(sc);
        if (!STEPS.contains(step)) {
            throw new NotFoundException("There is no step '" + step + "'.");
        }
        if (!step.equals("publish") && !user.hasRole(PlansRoles.OFFICER)) {
            throw new ForbiddenException("Only a plan officer records this step.");
        }
        Plan plan = found(id);
        FormFields f = new FormFields(form);
        Map<String, String> errors = new LinkedHashMap<>();
        Function<Plan, Object> change = change(step, plan, f, errors, user.id());
        int status = 422;
        if (errors.isEmpty()) {
            try {
                store.plans().change(id, change::apply);
                return Response.seeOther(URI.create("/plans/" + id + "/manage?saved=" + step + ("cy".equals(lang) ? "&lang=cy" : "")))
                        .build();
            } catch (PlanException e) {
                String field = e.field().map(OfficerPages::fieldId).filter(x -> FIELDS.get(step).contains(x)).orElse(firstField(step));
                errors.put(step + "-" + field, PageText.of(e, "cy".equals(lang) ? "cy" : "en"));
                status = e.status();
            }
        }
        return Response.status(status).entity(page(found(id), user, "", step, f.all(), errors).withStatus(status)).build();
    }

    /** The step a form asks for, read and checked field by field (errors collected), ready to apply. */
    private Function<Plan, Object> change(String step, Plan plan, FormFields f, Map<String, String> errors, String who) {
        LocalDate today = store.today();
        switch (step) {
            case "publish": {
                Integer n = f.number("version", "publish-version", errors);
                return p -> p.publish(n, who, store.clock());
            }
            case "consultation": {
                Integer version = f.number("version", "consultation-version", errors);
                String stage = f.get("stage");
                if (stage.isEmpty()) {
                    errors.put("consultation-stage", "plans.form.error.choose");
                }
                LocalDate opens = f.date("opens", "consultation-opens", errors);
                LocalDate closes = f.date("closes", "consultation-closes", errors);
                return p -> p.openConsultation(version, stage, opens, closes, f.get("how"), store.rulesOf(p), who);
            }
            case "consultee": {
                Integer c = f.number("consultation", "consultee-consultation", errors);
                if (f.get("name").isEmpty()) {
                    errors.put("consultee-name", "plans.form.error.consultee");
                }
                return p -> p.addConsultee(c, f.get("name"), "yes".equals(f.get("statutory")), f.get("how"));
            }
            case "notified": {
                int[] which = {0, 0};
                String[] parts = f.get("consultee").split("/");
                try {
                    which[0] = Integer.parseInt(parts[0]);
                    which[1] = Integer.parseInt(parts[1]);
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    errors.put("notified-consultee", "plans.form.error.choose");
                }
                LocalDate on = f.date("on", "notified-on", errors);
                return p -> p.markNotified(which[0], which[1], on, f.get("how"), today);
            }
            case "answer": {
                PublishedComment comment = f.get("comment").isEmpty() ? null : comments.find(plan, f.get("comment")).orElse(null);
                if (comment == null) {
                    errors.put("answer-comment", "plans.form.error.choose");
                }
                if (f.get("answer").isEmpty()) {
                    errors.put("answer-answer", "plans.form.error.answer");
                }
                String[] change = f.get("change").split("/", 2);
                Integer inVersion = null;
                String section = null;
                if (change.length == 2) {
                    try {
                        inVersion = Integer.valueOf(change[0]);
                        section = change[1];
                    } catch (NumberFormatException e) {
                        errors.put("answer-change", "plans.form.error.choose");
                    }
                }
                Integer version = inVersion;
                String changed = section;
                return p -> p.answer(comment.consultation(), comment.id(), f.get("answer"), version, changed, who, today, f.get("language"));
            }
            case "adopt": {
                Integer version = f.number("version", "adopt-version", errors);
                LocalDate on = f.date("on", "adopt-on", errors);
                if (f.get("decision").isEmpty()) {
                    errors.put("adopt-decision", "plans.form.error.decision");
                }
                return p -> p.adopt(version, on, f.get("decision"), who, today);
            }
            case "progress": {
                if (f.get("action").isEmpty()) {
                    errors.put("progress-action", "plans.form.error.choose");
                }
                ProgressForm u = ProgressForm.read(f, "progress-", errors);
                return p -> p.recordProgress(f.get("action"), u.status(), u.note(), u.values(), u.on(), who, today);
            }
            case "report": {
                Integer n = f.number("number", "report-number", errors);
                LocalDate on = f.date("on", "report-on", errors);
                return p -> p.markReportPublished(n, on, who, store.rulesOf(p), today);
            }
            default:
                throw new BadRequestException("There is no step '" + step + "'.");
        }
    }

    /** The id of the field a refusal names, as each form calls it. */
    private static String fieldId(String field) {
        return switch (field) {
            case "opens", "on" -> field + "-day";
            case "closes" -> "closes-day";
            case "inVersion", "changedSection" -> "change";
            default -> field;
        };
    }

    private static String firstField(String step) {
        return switch (step) {
            case "publish", "adopt" -> "version";
            case "consultation" -> "closes-day";
            case "consultee" -> "name";
            case "notified" -> "consultee";
            case "answer" -> "comment";
            case "progress" -> "action";
            default -> "number";
        };
    }

    private Page page(Plan p, FolkmootUser user, String saved, String step, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", p);
        model.put("rules", store.rulesOf(p));
        model.put("saved", saved);
        model.put("step", step);
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        model.put("csrf", user.csrfToken());
        model.put("officer", user.hasRole(PlansRoles.OFFICER));
        model.put("draft", p.latest().filter(v -> !v.published()).orElse(null));
        model.put("latestSections", p.latest().map(PlanVersion::sections).orElse(List.of()));
        model.put("published", p.versions().stream().filter(PlanVersion::published).map(PlanVersion::number).toList());
        model.put("latestPublished", p.latestPublished().map(PlanVersion::number).orElse(0));
        List<Map<String, Object>> consultees = new ArrayList<>();
        p.consultations().forEach(c -> {
            for (int i = 0; i < c.consultees().size(); i++) {
                Map<String, Object> row = new HashMap<>();
                row.put("value", c.id() + "/" + (i + 1));
                row.put("text", c.consultees().get(i).name());
                row.put("notified", c.consultees().get(i).notifiedOn());
                consultees.add(row);
            }
        });
        model.put("consultees", consultees);
        List<PublishedComment> all = comments.of(p);
        model.put("unanswered", all.stream().filter(c -> !p.answers().containsKey(c.id())).toList());
        List<Map<String, String>> changes = new ArrayList<>();
        for (PlanVersion v : p.versions()) {
            for (Section s : v.sections()) {
                changes.add(Map.of("value", v.number() + "/" + s.key(), "version", String.valueOf(v.number()), "en", s.heading().in("en"),
                        "cy", s.heading().in("cy")));
            }
        }
        model.put("changes", changes);
        model.put("actions", p.adoption().map(a -> p.version(a.version()).sections().stream()
                .filter(s -> s.kind() == SectionKind.ACTION).toList()).orElse(List.of()));
        model.put("nextReport", p.nextReport(store.rulesOf(p)).orElse(null));
        model.put("today", store.today());
        return Page.of(OfficerPages.class, "plans-manage.ftlh", model);
    }

    private Plan found(String id) {
        return store.plans().find(id).orElseThrow(() -> new NotFoundException("There is no plan " + id + "."));
    }

    static FolkmootUser staff(SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
        if (!user.hasRole(PlansRoles.EDITOR) && !user.hasRole(PlansRoles.OFFICER)) {
            throw new ForbiddenException("You are not a plan editor or officer.");
        }
        return user;
    }
}
