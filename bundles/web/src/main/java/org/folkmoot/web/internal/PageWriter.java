package org.folkmoot.web.internal;

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

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private final PageRendererImpl pages;

    @Activate
    public PageWriter(@Reference PageRendererImpl pages) {
        this.pages = pages;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (response.getEntity() instanceof Page page) {
            String html = pages.render(page, request.getUriInfo(), request.getAcceptableLanguages());
            response.setStatus(page.status());
            response.setEntity(html, response.getEntityAnnotations(), HTML);
        }
    }
}
