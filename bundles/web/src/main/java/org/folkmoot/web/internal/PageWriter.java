package org.folkmoot.web.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleReference;
import org.osgi.framework.wiring.BundleWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;

import org.folkmoot.api.web.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Renders the {@link Page} a resource returned, with the request's language, and answers with the
 * page's status. A filter rather than a {@code MessageBodyWriter}, because a writer cannot set the
 * status; the request's own URI and headers come with it, so page methods need neither.
 */
@Component(service = ContainerResponseFilter.class)
@JakartarsExtension
@JakartarsName("folkmoot.pages")
public class PageWriter implements ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PageWriter.class);

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private final PageRendererImpl pages;

    @Activate
    public PageWriter(@Reference PageRendererImpl pages) {
        this.pages = pages;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (response.getEntity() instanceof Page page) {
            String html;
            int status = page.status();
            try {
                html = pages.render(page, request.getUriInfo(), request.getAcceptableLanguages());
            } catch (RuntimeException e) {
                if (ownerIsRunning(page.owner())) {
                    throw e;
                }
                // The module went (or is being replaced) while this request was in it: its templates went
                // with its class loader. The same promise as for its endpoints: 503, try again in a moment.
                LOG.info("{} answered 503: its module is restarting ({})", request.getUriInfo().getPath(), e.toString());
                Problem problem = Problems.problem(503, RestartingModuleAnswer.RESTARTING, "/" + request.getUriInfo().getPath());
                html = pages.render(ProblemMapper.page(problem), request.getUriInfo(), request.getAcceptableLanguages());
                status = 503;
                response.getHeaders().putSingle("Retry-After", "1");
            }
            response.setStatus(status);
            response.setEntity(html, response.getEntityAnnotations(), HTML);
        }
    }

    /**
     * Whether the page's classes belong to its module as it runs now. A module replaced in place keeps
     * its {@link Bundle} (ACTIVE again at once) while a request still holds the old revision's classes,
     * whose jar and templates are already closed: so the page's class loader must be the current one's.
     * Outside OSGi (tests) every class counts as running.
     */
    private static boolean ownerIsRunning(Class<?> owner) {
        if (!(owner.getClassLoader() instanceof BundleReference reference)) {
            return true;
        }
        Bundle bundle = reference.getBundle();
        if (bundle == null || bundle.getState() != Bundle.ACTIVE) {
            return false;
        }
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        return wiring != null && wiring.isCurrent() && wiring.getClassLoader() == owner.getClassLoader();
    }
}
