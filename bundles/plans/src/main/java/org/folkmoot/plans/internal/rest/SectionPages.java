package org.folkmoot.plans.internal.rest;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.plans.internal.PlansRoles;
import org.folkmoot.plans.internal.plan.ActionDetails;
import org.folkmoot.plans.internal.plan.Indicator;
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
 * The section editor ({@code /plans/{id}/sections/add}, {@code /plans/{id}/sections/{key}}): one
 * section of the working draft with its heading and text in English and Welsh side by side (Welsh
 * first where the plan says so) and, for an action, its lead organisation, partners, dates, area and
 * indicators. Saving puts the section in the draft (a new draft copied from the latest version when
 * that is published) and goes back to the officers' page; a refusal shows the form again with each
 * error beside its field, nothing saved.
 */
@Component(service = SectionPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.plans.section-pages")
@Path("plans/{id}/sections")
public class SectionPages {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    static final String ADD = "add";

    private final PlanStore store;

    @Activate
    public SectionPages(@Reference PlanStore store) {
        this.store = store;
    }

    @GET
    @Path("{key}")
    @Produces(HTML)
    @RolesAllowed({PlansRoles.EDITOR, PlansRoles.OFFICER})
    public Page page(@PathParam("id") String id, @PathParam("key") String key, @Context SecurityContext sc) {
        FolkmootUser user = OfficerPages.staff(sc);
        Plan plan = found(id);
        if (ADD.equals(key)) {
            return page(plan, user, null, Map.of("kind", "TEXT"), Map.of(), 200);
        }
        Section s = section(plan, key).orElseThrow(() -> new NotFoundException("The draft of " + id + " has no section " + key + "."));
        return page(plan, user, key, values(s), Map.of(), 200);
    }

    @POST
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed({PlansRoles.EDITOR, PlansRoles.OFFICER})
    public Response save(@PathParam("id") String id, @PathParam("key") String key, MultivaluedMap<String, String> form,
                         @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang, @Context SecurityContext sc) {
        FolkmootUser user = OfficerPages.staff(sc);
        Plan plan = found(id);
        boolean adding = ADD.equals(key);
        if (!adding && section(plan, key).isEmpty()) {
            throw new NotFoundException("The draft of " + id + " has no section " + key + ".");
        }
        FormFields f = new FormFields(form);
        String language = "cy".equals(lang) ? "cy" : "en";
        SectionForm read = new SectionForm(f, language);
        String sectionKey = adding ? f.get("key") : key;
        Section section = read.read(sectionKey);
        Map<String, String> errors = new LinkedHashMap<>(read.errors());
        if (adding && errors.get("key") == null && (ADD.equals(sectionKey) || section(plan, sectionKey).isPresent())) {
            errors.put("key", PageText.of("plans.section.error.keyTaken", language, sectionKey));
        }
        int status = 422;
        if (errors.isEmpty()) {
            try {
                store.plans().change(id, p -> p.putSection(section, user.id(), store.clock()));
                return Response.seeOther(URI.create("/plans/" + id + "/manage?saved=section" + ("cy".equals(lang) ? "&lang=cy" : "")
                        + "#sections-heading")).build();
            } catch (PlanException e) {
                errors.put(e.status() == 413 ? "bodyEn" : "key", PageText.of(e, language));
                status = e.status();
            }
        }
        return Response.status(status).entity(page(found(id), user, adding ? null : key, f.all(), errors, status)).build();
    }

    /** A section of the latest version (the draft, or the published version a new draft will copy). */
    private static Optional<Section> section(Plan plan, String key) {
        return plan.latest().flatMap(v -> v.section(key));
    }

    /** The form's fields as the section has them. */
    static Map<String, String> values(Section s) {
        Map<String, String> v = new HashMap<>();
        v.put("kind", s.kind().name());
        v.put("headingEn", s.heading().en());
        v.put("headingCy", s.heading().cy());
        v.put("bodyEn", s.body().en());
        v.put("bodyCy", s.body().cy());
        ActionDetails a = s.action();
        if (a == null) {
            return v;
        }
        v.put("lead", a.lead());
        v.put("partners", String.join("\n", a.partners()));
        if (a.starts() != null) {
            date(v, "starts", a.starts());
        }
        if (a.ends() != null) {
            date(v, "ends", a.ends());
        }
        if (a.area() != null) {
            v.put("areaKind", a.area().kind().name());
            v.put("areaCodes", String.join(", ", a.area().codes()));
            v.put("areaName", a.area().name());
        }
        List<Indicator> indicators = a.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            String p = "indicator-" + (i + 1) + "-";
            v.put(p + "key", ind.key());
            v.put(p + "nameEn", ind.name() == null ? "" : ind.name().en());
            v.put(p + "nameCy", ind.name() == null ? "" : ind.name().cy());
            v.put(p + "unit", ind.unit() == null ? "" : ind.unit());
            v.put(p + "baseline", ind.baseline() == null ? "" : ind.baseline().toPlainString());
            v.put(p + "target", ind.target() == null ? "" : ind.target().toPlainString());
        }
        return v;
    }

    private static void date(Map<String, String> v, String name, java.time.LocalDate d) {
        v.put(name + "-day", String.valueOf(d.getDayOfMonth()));
        v.put(name + "-month", String.valueOf(d.getMonthValue()));
        v.put(name + "-year", String.valueOf(d.getYear()));
    }

    private Page page(Plan p, FolkmootUser user, String key, Map<String, String> values, Map<String, String> errors, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", p);
        model.put("key", key == null ? "" : key);
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        model.put("csrf", user.csrfToken());
        model.put("kinds", List.of(SectionKind.values()).stream().map(Enum::name).toList());
        model.put("areaKinds", SectionForm.AREA_KINDS);
        model.put("indicatorRows", filledRows(values) + SectionForm.EMPTY_INDICATOR_ROWS);
        model.put("columns", p.welshFirst() ? List.of("cy", "en") : List.of("en", "cy"));
        PlanVersion latest = p.latest().orElse(null);
        model.put("newDraft", latest == null || latest.published() ? (latest == null ? 1 : latest.number() + 1) : 0);
        model.put("draftNumber", latest == null ? 1 : latest.number());
        return Page.of(SectionPages.class, "plans-section.ftlh", model).withStatus(status);
    }

    /** The last indicator row with anything in it (rows are numbered from 1). */
    private static int filledRows(Map<String, String> values) {
        int last = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            java.util.regex.Matcher m = INDICATOR_FIELD.matcher(e.getKey());
            if (m.matches() && !e.getValue().isBlank()) {
                last = Math.max(last, Math.min(98, Integer.parseInt(m.group(1))));
            }
        }
        return last;
    }

    private static final java.util.regex.Pattern INDICATOR_FIELD = java.util.regex.Pattern.compile("indicator-(\\d{1,3})-[a-zA-Z]+");

    private Plan found(String id) {
        return store.plans().find(id).orElseThrow(() -> new NotFoundException("There is no plan " + id + "."));
    }
}
