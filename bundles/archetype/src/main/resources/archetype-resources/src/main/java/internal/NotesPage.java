package ${package}.internal;

import java.sql.SQLException;
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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /${artifactId}}: the board, in the shared layout, in English or Welsh ({@code ?lang=cy}). */
@Component(service = NotesPage.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("${artifactId}.page")
@Path("${artifactId}")
public class NotesPage {

    private final Board board;
    private final PageRenderer pages;

    @Activate
    public NotesPage(@Reference Board board, @Reference PageRenderer pages) {
        this.board = board;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String page(@Context UriInfo uri, @Context HttpHeaders headers) throws SQLException {
        return pages.render(NotesPage.class, "${artifactId}.ftlh", Map.of("notes", board.latest(20)), uri, headers);
    }
}
