package org.folkmoot.web.internal;

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
 * The pages a council's public service must have: the accessibility statement in the form the
 * Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
 * ask for, the privacy notice of what the running modules keep, and the cookies this service sets.
 * What only the council can say (its name, contacts, known problems, dates) comes from
 * {@link SiteSettings}.
 */
@Component(service = LegalPagesResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.web.legal")
@Path("")
public class LegalPagesResource {

    private final PrivacyNotices notices;

    @Activate
    public LegalPagesResource(@Reference PrivacyNotices notices) {
        this.notices = notices;
    }

    @GET
    @Path("accessibility")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Page accessibility() {
        return Page.of(LegalPagesResource.class, "accessibility.ftlh", Map.of());
    }

    @GET
    @Path("privacy")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Page privacy() {
        return Page.of(LegalPagesResource.class, "privacy.ftlh",
                Map.of("sections", Map.of("en", notices.sections("en"), "cy", notices.sections("cy"))));
    }

    @GET
    @Path("cookies")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Page cookies() {
        return Page.of(LegalPagesResource.class, "cookies.ftlh", Map.of());
    }
}
