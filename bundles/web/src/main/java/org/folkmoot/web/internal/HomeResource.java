package org.folkmoot.web.internal;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * The home page: what this council has enabled (the layout's list of modules) and, for an
 * administrator, the way to the administrator's pages (modules and their health, accounts and roles).
 */
@Component(service = HomeResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.web.home")
@Path("")
public class HomeResource {

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Page home(@Context SecurityContext sc) {
        return Page.of(HomeResource.class, "home.ftlh", Map.of("admin", FolkmootUser.of(sc).map(FolkmootUser::isAdmin).orElse(false)));
    }
}
