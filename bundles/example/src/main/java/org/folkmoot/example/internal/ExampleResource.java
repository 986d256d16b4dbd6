package org.folkmoot.example.internal;

import java.util.Map;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@code GET /api/example} greets with the configured text; {@code POST /api/example/notes} echoes
 * a note back, checked. Editing {@code conf/org.folkmoot.example.Greeting.cfg} changes the greeting
 * while the runtime runs.
 *
 * <p>Each resource class has its own path prefix: Jakarta REST chooses the class by its path
 * before it looks at the methods, so a class at {@code ""} would lose {@code /api/...} to any
 * class at {@code api}.
 */
@Component(service = ExampleResource.class, scope = ServiceScope.PROTOTYPE, configurationPid = ExampleResource.PID)
@Designate(ocd = GreetingConfig.class)
@JakartarsResource
@JakartarsName("folkmoot.example")
@Path("api/example")
public class ExampleResource {

    public static final String PID = "org.folkmoot.example.Greeting";

    /** A resident's note: some text and a rating from 1 to 5. */
    public record Note(String text, int stars) {
    }

    private volatile GreetingConfig config;

    @Activate
    public ExampleResource(GreetingConfig config) {
        this.config = config;
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
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> greeting() {
        return Map.of("module", "example", "greeting", config.greeting());
    }

    @POST
    @Path("notes")
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
}
