package org.folkmoot.web.internal;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.folkmoot.api.web.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Every error any endpoint raises becomes an RFC 9457 problem; a browser asking for a page
 * gets the same problem as a page in the shared layout instead.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("folkmoot.problems")
public class ProblemMapper implements ExceptionMapper<Throwable> {

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    private final PageRendererImpl pages;

    @Activate
    public ProblemMapper(@Reference PageRendererImpl pages) {
        this.pages = pages;
    }

    @Override
    public Response toResponse(Throwable thrown) {
        String path = "/" + uriInfo.getPath();
        Problem problem = Problems.of(thrown, path);
        Response.ResponseBuilder answer = Response.status(problem.status());
        if (thrown instanceof jakarta.ws.rs.WebApplicationException web) {
            web.getResponse().getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                    values.forEach(value -> answer.header(name, value));
                }
            });
        }
        if (problem.status() == 503 && RestartingModuleAnswer.isEndpointWithoutInstance(thrown)) {
            answer.header("Retry-After", "1");
        } else if (problem.status() == 503 && DatabaseUnavailable.isCause(thrown)) {
            answer.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        if (wantsPage(path)) {
            String html = pages.render(page(problem), uriInfo, headers.getAcceptableLanguages());
            return answer.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
        }
        return answer.type(Problem.MEDIA_TYPE).entity(json(problem)).build();
    }

    /** The site's error page for a problem, as a browser gets it. */
    static Page page(Problem problem) {
        return Page.of(ProblemMapper.class, "problem.ftlh", Map.of("problem", problem));
    }

    private boolean wantsPage(String path) {
        if (path.startsWith("/api/") || path.equals("/api") || path.equals("/health")) {
            return false;
        }
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        return !acceptable.isEmpty() && MediaType.TEXT_HTML_TYPE.isCompatible(acceptable.get(0))
                && !acceptable.get(0).isWildcardType();
    }

    static String json(Problem problem) {
        try {
            return Json.MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
