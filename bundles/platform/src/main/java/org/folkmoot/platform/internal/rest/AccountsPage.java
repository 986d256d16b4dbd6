package org.folkmoot.platform.internal.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.RoleDefinition;
import org.folkmoot.api.security.Roles;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.platform.internal.security.Accounts;
import org.folkmoot.platform.internal.security.RoleRegistry;
import org.folkmoot.platform.internal.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * The administrator's accounts page: every account with the roles it holds, and a form per account
 * to grant the roles the running modules declare (checkboxes by module), in English and Welsh.
 */
@Component(service = AccountsPage.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.platform.accounts")
@Path("/accounts")
public class AccountsPage {

    /** One checkbox. */
    public record Choice(String id, String name, String description, boolean held) {
    }

    /** The roles of one module (or the platform's own, module ""). */
    public record Group(String module, List<Choice> choices) {
    }

    /** One account's row and form. */
    public record Row(String id, String displayName, List<String> roles, List<Group> groups, String error) {
    }

    private final SecurityService security;
    private final RoleRegistry registry;
    private final PageRenderer pages;

    @Activate
    public AccountsPage(@Reference SecurityService security, @Reference RoleRegistry registry, @Reference PageRenderer pages) {
        this.security = security;
        this.registry = registry;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public String list(@QueryParam("saved") String saved, @Context SecurityContext sc, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return page(saved, "", "", FolkmootUser.of(sc).orElseThrow(), uri, headers);
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public Response grant(@PathParam("id") String id, @FormParam("role") List<String> roles, @Context SecurityContext sc,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        FolkmootUser admin = FolkmootUser.of(sc).orElseThrow();
        if (security.accounts().find(id).isEmpty()) {
            throw new NotFoundException("No account named " + id);
        }
        Set<String> granted = new TreeSet<>(roles == null ? List.of() : roles);
        String error = granted.isEmpty() ? "accounts.error.none" : registry.refusal(granted).isPresent() ? "accounts.error.unknown" : "";
        if (!error.isEmpty()) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page("", id, error, admin, uri, headers)).build();
        }
        security.accounts().setRoles(id, granted);
        security.audit().record(admin.actor(), "security.roles.granted", id, "roles " + String.join(",", granted));
        UriBuilder back = UriBuilder.fromPath("/accounts").queryParam("saved", id);
        String lang = pages.language(uri, headers);
        if ("cy".equals(lang)) {
            back.queryParam(PageRenderer.LANGUAGE_PARAMETER, lang);
        }
        return Response.seeOther(URI.create(back.build().toString() + "#account-" + id)).build();
    }

    private String page(String saved, String errorAccount, String error, FolkmootUser admin, UriInfo uri, HttpHeaders headers) {
        String lang = pages.language(uri, headers);
        List<Row> rows = new ArrayList<>();
        for (Accounts.Account a : security.accounts().list()) {
            rows.add(new Row(a.id(), a.displayName(), List.copyOf(new TreeSet<>(a.roles())), groups(a.roles(), lang),
                    a.id().equals(errorAccount) ? error : ""));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("accounts", rows);
        model.put("saved", saved == null ? "" : saved);
        model.put("csrf", admin.csrfToken());
        return pages.render(AccountsPage.class, "accounts.ftlh", model, uri, headers);
    }

    /** The checkboxes: the platform's roles, each running module's, then any held role no running module declares. */
    private List<Group> groups(Set<String> held, String lang) {
        Map<String, List<Choice>> byModule = new LinkedHashMap<>();
        boolean cy = "cy".equals(lang);
        byModule.put("", new ArrayList<>(List.of(
                new Choice(Roles.ADMIN, cy ? "Gweinyddwr" : "Administrator", "", held.contains(Roles.ADMIN)),
                new Choice(Roles.RESIDENT, cy ? "Preswylydd" : "Resident", "", held.contains(Roles.RESIDENT)))));
        Set<String> shown = new TreeSet<>(Set.of(Roles.ADMIN, Roles.RESIDENT));
        for (RoleDefinition r : registry.all()) {
            byModule.computeIfAbsent(r.module(), m -> new ArrayList<>())
                    .add(new Choice(r.id(), r.name(lang), r.description(lang), held.contains(r.id())));
            shown.add(r.id());
        }
        for (String r : new TreeSet<>(held)) {
            if (!shown.contains(r)) {
                byModule.computeIfAbsent(Roles.moduleOf(r), m -> new ArrayList<>()).add(new Choice(r, r, "", true));
            }
        }
        return byModule.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }
}
