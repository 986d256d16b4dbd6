package ${package}.internal;

import java.sql.SQLException;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.folkmoot.api.web.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /${artifactId}}: the board, in the shared layout, in English or Welsh ({@code ?lang=cy}).
 * The method returns a {@link Page}; the web bundle renders it in the request's language.
 */
@Component(service = NotesPage.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("${artifactId}.page")
@Path("${artifactId}")
public class NotesPage {

    private final Board board;

    @Activate
    public NotesPage(@Reference Board board) {
        this.board = board;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Page page() throws SQLException {
        return Page.of(NotesPage.class, "${artifactId}.ftlh", Map.of("notes", board.latest(20)));
    }
}
