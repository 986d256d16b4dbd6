package org.folkmoot.web.internal;

import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.folkmoot.api.web.PageRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /api/modules}: every active module with its version and links, names in {@code ?lang=en|cy}. */
@Component(service = ModulesResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.web.modules")
@Path("api/modules")
public class ModulesResource {

    private final ModuleRegistry registry;

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ModuleRegistry.ModuleView> modules(@QueryParam(PageRenderer.LANGUAGE_PARAMETER) @DefaultValue("en") String language) {
        return registry.modules(language.equals("cy") ? "cy" : "en");
    }
}
