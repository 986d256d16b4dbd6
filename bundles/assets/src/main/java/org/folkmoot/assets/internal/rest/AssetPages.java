package org.folkmoot.assets.internal.rest;

import org.folkmoot.api.web.PageRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * The module's pages, in English and Welsh: the public register ({@code /asset-transfers}), a
 * case's public page, and the officers' deadline dashboard. ({@code /assets/*} is the web
 * bundle's static files, hence the path.)
 */
@Component(service = AssetPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assets.pages")
@Path("asset-transfers")
public class AssetPages {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final AssetStore store;
    private final PageRenderer pages;

    @Activate
    public AssetPages(@Reference AssetStore store, @Reference PageRenderer pages) {
        this.store = store;
        this.pages = pages;
    }

    @GET
    @Produces(HTML)
    public String register(@QueryParam("q") String q, @Context UriInfo uri, @Context HttpHeaders headers) {
        return pages.render(AssetPages.class, "assets-register.ftlh",
                PageModels.register(store.register().all(), store.cases().allLocks(), q), uri, headers);
    }

    @GET
    @Path("cases/{id}")
    @Produces(HTML)
    public String caseFile(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return pages.render(AssetPages.class, "assets-case.ftlh", PageModels.caseFile(store.cases().load(id)
                .orElseThrow(() -> new NotFoundException("There is no case " + id + "."))), uri, headers);
    }

    @GET
    @Path("dashboard")
    @Produces(HTML)
    @RolesAllowed({"officer", "admin"})
    public String dashboard(@QueryParam("days") Integer days, @Context SecurityContext sc, @Context UriInfo uri,
                            @Context HttpHeaders headers) {
        Officers.require(sc);
        int d = days == null ? 28 : days;
        if (d < 0 || d > 366) {
            throw new BadRequestException("Look ahead between 0 and 366 days.");
        }
        return pages.render(AssetPages.class, "assets-dashboard.ftlh",
                PageModels.dashboard(store.cases().dashboard(d, null), d), uri, headers);
    }
}
