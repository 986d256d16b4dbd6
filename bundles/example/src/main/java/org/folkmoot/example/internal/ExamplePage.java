package org.folkmoot.example.internal;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.folkmoot.api.web.PageRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /example}: the module's page, in the shared layout, in English or Welsh. */
@Component(service = ExamplePage.class, scope = ServiceScope.PROTOTYPE, configurationPid = ExampleResource.PID)
@JakartarsResource
@JakartarsName("folkmoot.example.page")
@Path("example")
public class ExamplePage {

    private volatile GreetingConfig config;
    private final PageRenderer pages;

    @Activate
    public ExamplePage(GreetingConfig config, @Reference PageRenderer pages) {
        this.config = config;
        this.pages = pages;
    }

    /**
     * A configuration that arrives or changes applies in place. Without this method DS would
     * deactivate the component and register it again, and requests in between would fail.
     */
    @Modified
    void modified(GreetingConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String page(@Context UriInfo uri, @Context HttpHeaders headers) {
        return pages.render(ExamplePage.class, "example.ftlh", Map.of("greeting", config.greeting()), uri, headers);
    }
}
