package org.folkmoot.plans.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.plans.internal.PlansRoles;
import org.folkmoot.plans.internal.plan.Area;
import org.folkmoot.plans.internal.plan.Bilingual;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /plans/new}: a plan officer starts a plan (its address, type, titles, which language comes
 * first, who prepares it and the area) under the rules in force today; then to its officers' page.
 */
@Component(service = NewPlanPage.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.plans.new-plan")
@Path("plans/new")
public class NewPlanPage {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private final PlanStore store;

    @Activate
    public NewPlanPage(@Reference PlanStore store) {
        this.store = store;
    }

    @GET
    @Produces(HTML)
    @RolesAllowed(PlansRoles.OFFICER)
    public Page form(@Context SecurityContext sc) {
        return page(user(sc), Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(PlansRoles.OFFICER)
    public Response start(MultivaluedMap<String, String> form, @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang,
                          @Context SecurityContext sc) {
        FolkmootUser user = user(sc);
        FormFields f = new FormFields(form);
        Map<String, String> errors = new LinkedHashMap<>();
        PlanType type = PlanType.fromSlug(f.get("type")).orElse(null);
        if (type == null) {
            errors.put("new-type", "plans.form.error.choose");
        }
        int status = 422;
        if (errors.isEmpty()) {
            try {
                LocalDate today = store.today();
                PlanRules rules = store.rules().inForce(type, today).orElseThrow(() -> new PlanException(422, "type",
                        "No rules for this type are in force today.", "plans.error.no-rules"));
                Plan plan = Plan.start(f.get("id"), rules, Bilingual.of(f.get("titleEn"), f.get("titleCy")),
                        "yes".equals(f.get("welshFirst")), f.get("area").isEmpty() ? null : Area.locality(f.get("area")),
                        f.get("organisation"), today);
                store.plans().create(plan);
                return Response.seeOther(URI.create("/plans/" + plan.id() + "/manage" + ("cy".equals(lang) ? "?lang=cy" : ""))).build();
            } catch (PlanException e) {
                String field = e.field().filter(x -> x.equals("id") || x.equals("type")).orElse("titleEn");
                errors.put("new-" + field, PageText.of(e, "cy".equals(lang) ? "cy" : "en"));
                status = e.status();
            }
        }
        return Response.status(status).entity(page(user, f.all(), errors).withStatus(status)).build();
    }

    private Page page(FolkmootUser user, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        model.put("csrf", user.csrfToken());
        model.put("types", Arrays.stream(PlanType.values()).map(t -> Map.of("value", t.slug(), "en", t.label("en"), "cy", t.label("cy"),
                "rules", store.rules().inForce(t, store.today()).map(r -> Map.of("en", r.title("en"), "cy", r.title("cy")))
                        .orElse(Map.of("en", "", "cy", "")))).toList());
        return Page.of(NewPlanPage.class, "plans-new.ftlh", model);
    }

    private static FolkmootUser user(SecurityContext sc) {
        return FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
    }
}
