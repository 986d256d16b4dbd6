package ${package}.internal;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/${artifactId}} lists the latest notes; {@code POST /api/${artifactId}/notes} with
 * {@code {"text": "..."}} keeps one and publishes it to the archive (201, its contribution id). A bad
 * note is a 400 problem saying what is wrong; the web bundle turns it into {@code application/problem+json}.
 */
@Component(service = NotesResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("${artifactId}.api")
@Path("api/${artifactId}")
public class NotesResource {

    private final Board board;

    @Activate
    public NotesResource(@Reference Board board) {
        this.board = board;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> latest() throws SQLException {
        List<String> notes = board.latest(20);
        return Map.of("module", ThisModule.ID, "notes", notes);
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(Note note) throws SQLException {
        String problem = note == null ? "Send a note as {\"text\": \"...\"}." : note.problem();
        if (problem != null) {
            throw new BadRequestException(problem);
        }
        // A real module takes the author from the signed-in user (FolkmootUser.of(securityContext)).
        String id = board.add(note, "anonymous");
        return Response.created(URI.create("/api/archive/contributions/" + id)).entity(Map.of("id", id)).build();
    }
}
