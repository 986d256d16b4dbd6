package org.folkmoot.web.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.osgi.service.component.annotations.Component;

/**
 * Answers for requests Jetty refuses before any servlet runs (an ambiguous {@code %2F} in a path, a
 * 20 KB address, a 20 KB header): an RFC 9457 problem, or a plain page for a browser, with the same
 * security headers as every other answer, instead of Jetty's own ISO-8859-1 page without them.
 *
 * <p>Felix HTTP's only hook into its Jetty {@link Server} is a {@link ConnectorFactory}, called with
 * the server each time Felix starts it: we set the server's error handler there, and give back a
 * {@link LocalConnector}, which listens on no socket.
 */
@Component(service = ConnectorFactory.class)
public class DoorErrors implements ConnectorFactory {

    @Override
    public Connector createConnector(Server server) {
        server.setErrorHandler(new Answer());
        return new LocalConnector(server);
    }

    /** The server-wide error handler. */
    static final class Answer implements Request.Handler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Object code = request.getAttribute(ErrorHandler.ERROR_STATUS);
            int status = code instanceof Integer given ? given : response.getStatus() >= 400 ? response.getStatus() : 400;
            Problem problem = ErrorPageServlet.problem(status, null);
            String accept = request.getHeaders().get(HttpHeader.ACCEPT);
            boolean page = accept != null && accept.startsWith("text/html");
            byte[] body = (page ? page(problem) : ProblemMapper.json(problem)).getBytes(StandardCharsets.UTF_8);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, page ? "text/html;charset=utf-8" : Problem.MEDIA_TYPE);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            SecurityHeaders.apply(response.getHeaders()::put, request.isSecure());
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }

        /** The site's error page, without the layout (which needs the REST layer that never ran). */
        static String page(Problem p) {
            return "<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\">"
                    + "<title>" + p.title() + " – Folkmoot</title>"
                    + "<link rel=\"stylesheet\" href=\"/assets/govuk-frontend.min.css\">"
                    + "<link rel=\"stylesheet\" href=\"/assets/folkmoot.css\"></head>"
                    + "<body class=\"govuk-template__body\"><div class=\"govuk-width-container\">"
                    + "<main class=\"govuk-main-wrapper\" id=\"main-content\">"
                    + "<h1 class=\"govuk-heading-l\">" + p.title() + "</h1>"
                    + "<p class=\"govuk-body\">" + p.detail() + "</p>"
                    + "<p class=\"govuk-body\" lang=\"cy\">Nid oedd modd deall y cais: gwiriwch y cyfeiriad.</p>"
                    + "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">Home / Hafan</a></p>"
                    + "</main></div></body></html>\n";
        }
    }
}
