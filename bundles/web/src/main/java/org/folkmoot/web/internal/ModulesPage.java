package org.folkmoot.web.internal;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;

import org.folkmoot.api.audit.AuditLog;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.features.Feature;
import org.folkmoot.features.Installation;
import org.folkmoot.features.InstallationException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /admin/modules}: an administrator enables and disables modules and sees their health,
 * without a shell. It runs the installation's own {@link Installation}, the code behind
 * {@code bin/folkmoot enable} and {@code disable}, on the installation the launcher names in the
 * framework property {@code folkmoot.home}; FileInstall then starts or stops the module as it does
 * after the command. On PostgreSQL the choice is recorded for every runtime ({@link CouncilModuleChoice})
 * and each follows it within seconds. Every change is audited.
 */
@Component(service = ModulesPage.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.web.admin.modules")
@Path("admin/modules")
public class ModulesPage {

    /** The framework property the launcher sets to the installation's folder. */
    static final String HOME_PROPERTY = "folkmoot.home";

    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final ModuleRegistry registry;
    private final AuditLog audit;
    private final Optional<Installation> installation;

    private final CouncilModuleChoice councilChoice;

    @Activate
    public ModulesPage(@Reference ModuleRegistry registry, @Reference AuditLog audit,
                       @Reference CouncilModuleChoice councilChoice, BundleContext context) {
        this.registry = registry;
        this.audit = audit;
        this.councilChoice = councilChoice;
        String home = context.getProperty(HOME_PROPERTY);
        this.installation = home == null || home.isBlank() ? Optional.empty() : Optional.of(new Installation(java.nio.file.Path.of(home)));
    }

    @GET
    @Produces(HTML)
    @RolesAllowed("admin")
    public Page page(@QueryParam("enabled") String enabled, @QueryParam("disabled") String disabled, @Context SecurityContext sc) {
        return page(sc, Map.of(), Optional.empty(), ids(enabled), ids(disabled));
    }

    /**
     * The modules to have enabled, as ticked: those newly ticked are enabled, those unticked
     * disabled, as {@code bin/folkmoot enable}/{@code disable} would; then back to the page (303).
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed("admin")
    public Response save(@FormParam("modules") List<String> ticked, @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang,
                         @Context SecurityContext sc) {
        FolkmootUser admin = FolkmootUser.of(sc).orElseThrow();
        Installation here = installation.orElseThrow(() -> new jakarta.ws.rs.WebApplicationException(
                "This runtime was not started by bin/folkmoot, so it cannot change its modules.", 409));
        Set<String> chosen = new LinkedHashSet<>(ticked == null ? List.of() : ticked);
        Map<String, Feature> all;
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> enable = new ArrayList<>();
        List<String> disable = new ArrayList<>();
        try {
            all = here.all();
            chosen.stream().filter(id -> !all.containsKey(id)).findFirst()
                    .ifPresent(id -> errors.put("modules", "admin.modules.error.unknown"));
            if (errors.isEmpty()) {
                all.values().forEach(f -> {
                    boolean on = here.enabled(f);
                    if (chosen.contains(f.module()) && !on) {
                        enable.add(f.module());
                    } else if (!chosen.contains(f.module()) && on) {
                        disable.add(f.module());
                    }
                });
                change(here, admin, disable, false);
                change(here, admin, enable, true);
            }
        } catch (InstallationException e) {
            errors.put("modules", e.getMessage());
        }
        if (!errors.isEmpty()) {
            return Response.status(422).entity(page(sc, errors, Optional.of(chosen), List.of(), List.of()).withStatus(422)).build();
        }
        UriBuilder next = UriBuilder.fromPath("/admin/modules");
        if (!enable.isEmpty()) {
            next.queryParam("enabled", String.join(",", enable));
        }
        if (!disable.isEmpty()) {
            next.queryParam("disabled", String.join(",", disable));
        }
        if ("cy".equals(lang)) {
            next.queryParam(PageRenderer.LANGUAGE_PARAMETER, "cy");
        }
        return Response.seeOther(next.build()).build();
    }

    /** One module at a time, each audited as it is done, so the log says exactly what changed if one fails. */
    private void change(Installation here, FolkmootUser admin, List<String> modules, boolean enable) {
        boolean everyRuntime = councilChoice.shared();
        for (String module : modules) {
            if (everyRuntime) {
                councilChoice.record(module, enable, admin.id());
            } else if (enable) {
                here.enable(List.of(module), line -> { });
            } else {
                here.disable(List.of(module), line -> { });
            }
            audit.record(admin.actor(), enable ? "modules.enable" : "modules.disable", module, "");
        }
    }

    private Page page(SecurityContext sc, Map<String, String> errors, Optional<Set<String>> ticked, List<String> enabled,
                      List<String> disabled) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(Page.ERRORS, errors);
        model.put("csrf", FolkmootUser.of(sc).map(FolkmootUser::csrfToken).orElse(""));
        model.put("managed", installation.isPresent());
        model.put("health", registry.health());
        List<Map<String, Object>> modules = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        installation.ifPresent(here -> here.all().values().forEach(f -> {
            known.add(f.module());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.module());
            m.put("name", f.name());
            m.put("description", f.description());
            m.put("enabled", here.enabled(f));
            m.put("ticked", ticked.map(t -> t.contains(f.module())).orElse(here.enabled(f)));
            modules.add(m);
        }));
        model.put("modules", modules);
        model.put("justEnabled", enabled.stream().filter(known::contains).toList());
        model.put("justDisabled", disabled.stream().filter(known::contains).toList());
        return Page.of(ModulesPage.class, "admin-modules.ftlh", model);
    }

    private static List<String> ids(String list) {
        return list == null || list.isBlank() ? List.of() : List.of(list.split(","));
    }
}
