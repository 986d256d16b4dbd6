package org.folkmoot.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;

/**
 * Errors raised outside Jakarta REST, by the HTTP layer itself (a malformed or ambiguous path,
 * say), answered as problems like every other error rather than as the server's own page.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletErrorPage(errorPage = {"4xx", "5xx"})
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        write(response, problem(status, uri == null ? null : String.valueOf(uri)));
    }

    /** The problem for an error status the HTTP layer raised, where no endpoint said more. */
    static Problem problem(int status, String path) {
        String detail = status == 404 ? "There is nothing at this address."
                : status == 414 ? "The address is too long. Shorten it (a search or filter with fewer words, say)."
                : status == 431 ? "The request's headers are too large. Clear this site's cookies and try again."
                : status >= 500
                ? "Something went wrong on our side." : "The request could not be understood: check the address and its encoding.";
        return Problems.problem(status, detail, path);
    }

    static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ProblemMapper.json(problem));
    }
}
