package org.folkmoot.plans.internal.rest;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.plans.internal.PlansRoles;
import org.folkmoot.plans.internal.plan.ActionStatus;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;
import org.folkmoot.plans.internal.plan.ProgressUpdate;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
 * One adopted action's progress through the year ({@code /plans/{id}/actions/{key}/progress}): who
 * leads it, its indicators (baseline, latest value, target) and every update so far, and the
 * officer's form for the next update: status, day, note and a value for each indicator. A refusal
 * shows the form again with each error beside its field, nothing recorded.
 */
@Component(service = ActionProgressPage.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.plans.action-progress-page")
@Path("plans/{id}/actions/{key}/progress")
public class ActionProgressPage {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final PlanStore store;

    @Activate
    public ActionProgressPage(@Reference PlanStore store) {
        this.store = store;
    }

    @GET
    @Produces(HTML)
    @RolesAllowed(PlansRoles.OFFICER)
    public Page page(@PathParam("id") String id, @PathParam("key") String key, @QueryParam("saved") String saved,
                     @Context SecurityContext sc) {
        FolkmootUser user = OfficerPages.staff(sc);
        Plan plan = found(id);
        return page(plan, action(plan, key), user, saved != null, Map.of(), Map.of(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(PlansRoles.OFFICER)
    public Response record(@PathParam("id") String id, @PathParam("key") String key, MultivaluedMap<String, String> form,
                           @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang, @Context SecurityContext sc) {
        FolkmootUser user = OfficerPages.staff(sc);
        Plan plan = found(id);
        Section action = action(plan, key);
        FormFields f = new FormFields(form);
        Map<String, String> errors = new LinkedHashMap<>();
        ProgressForm u = ProgressForm.read(f, "", errors);
        int status = 422;
        if (errors.isEmpty()) {
            try {
                store.plans().change(id, p -> p.recordProgress(key, u.status(), u.note(), u.values(), u.on(), user.id(), store.today()));
                return Response.seeOther(URI.create("/plans/" + id + "/actions/" + key + "/progress?saved=1" + ("cy".equals(lang) ? "&lang=cy" : "")))
                        .build();
            } catch (PlanException e) {
                String field = e.field().map(x -> switch (x) {
                    case "on" -> "on-day";
                    case "values" -> "status";
                    default -> x;
                }).orElse("status");
                errors.put(field, PageText.of(e, "cy".equals(lang) ? "cy" : "en"));
                status = e.status();
            }
        }
        return Response.status(status).entity(page(found(id), action, user, false, f.all(), errors, status)).build();
    }

    /** The action as the adopted version has it; 404 before adoption or for a key that is not an action. */
    private static Section action(Plan plan, String key) {
        return plan.adoption().flatMap(a -> plan.version(a.version()).section(key)).filter(s -> s.kind() == SectionKind.ACTION)
                .orElseThrow(() -> new NotFoundException("The adopted plan " + plan.id() + " has no action " + key + "."));
    }

    private Page page(Plan p, Section action, FolkmootUser user, boolean saved, Map<String, String> values, Map<String, String> errors,
                      int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", p);
        model.put("action", action);
        model.put("saved", saved);
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        model.put("csrf", user.csrfToken());
        model.put("statuses", List.of(ActionStatus.values()).stream().map(Enum::name).toList());
        List<ProgressUpdate> updates = p.progress().stream().filter(u -> u.action().equals(action.key())).toList();
        List<ProgressUpdate> newestFirst = new java.util.ArrayList<>(updates);
        java.util.Collections.reverse(newestFirst);
        model.put("updates", newestFirst);
        Map<String, String> latest = new HashMap<>();
        updates.forEach(u -> u.values().forEach((k, v) -> latest.put(k, v.toPlainString())));
        model.put("latest", latest);
        return Page.of(ActionProgressPage.class, "plans-action-progress.ftlh", model).withStatus(status);
    }

    private Plan found(String id) {
        return store.plans().find(id).orElseThrow(() -> new NotFoundException("There is no plan " + id + "."));
    }
}
