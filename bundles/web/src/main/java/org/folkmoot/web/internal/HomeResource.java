package org.folkmoot.web.internal;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** The home page: what this council has enabled. */
@Component(service = HomeResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.web.home")
@Path("")
public class HomeResource {

    private final PageRendererImpl pages;
    private final ModuleRegistry registry;

    @Activate
    public HomeResource(@Reference PageRendererImpl pages, @Reference ModuleRegistry registry) {
        this.pages = pages;
        this.registry = registry;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String home(@Context UriInfo uri, @Context HttpHeaders headers) {
        String language = pages.language(uri, headers);
        return pages.render(HomeResource.class, "home.ftlh", Map.of("modules", registry.modules(language)), uri, headers);
    }
}
