package org.folkmoot.example.internal;

import java.util.Map;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.folkmoot.api.web.PageRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@code GET /api/example} greets with the configured text; {@code POST /api/example/notes} echoes
 * a note back, checked; {@code GET /example} is the module's page. Editing
 * {@code conf/org.folkmoot.example.Greeting.cfg} changes the greeting while the runtime runs.
 */
@Component(service = ExampleResource.class, scope = ServiceScope.PROTOTYPE, configurationPid = ExampleResource.PID)
@Designate(ocd = GreetingConfig.class)
@JakartarsResource
@JakartarsName("folkmoot.example")
@Path("")
public class ExampleResource {

    public static final String PID = "org.folkmoot.example.Greeting";

    /** A resident's note: some text and a rating from 1 to 5. */
    public record Note(String text, int stars) {
    }

    private final GreetingConfig config;
    private final PageRenderer pages;

    @Activate
    public ExampleResource(GreetingConfig config, @Reference PageRenderer pages) {
        this.config = config;
        this.pages = pages;
    }

    @GET
    @Path("api/example")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> greeting() {
        return Map.of("module", "example", "greeting", config.greeting());
    }

    @POST
    @Path("api/example/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Note note(Note note) {
        if (note == null || note.text() == null || note.text().isBlank()) {
            throw new BadRequestException("A note needs some text.");
        }
        if (note.stars() < 1 || note.stars() > 5) {
            throw new BadRequestException("Stars must be from 1 to 5; this note has " + note.stars() + ".");
        }
        return note;
    }

    @GET
    @Path("example")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String page(@Context UriInfo uri, @Context HttpHeaders headers) {
        return pages.render(ExampleResource.class, "example.ftlh", Map.of("greeting", config.greeting()), uri, headers);
    }
}
