package org.folkmoot.assets.internal.rest;

import java.time.Instant;
import java.util.List;

import org.folkmoot.api.archive.Appended;
import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionQuery;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.assets.internal.containers.AssetContainers;
import org.folkmoot.api.privacy.Redactor;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.api.security.Roles;
import org.folkmoot.assets.internal.cases.AssetOfCommunityValue;
import org.folkmoot.assets.internal.cases.CaseFile;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Residents' and community groups' representations on a case. They go into the contribution
 * archive (and so into search); what is shown publicly is redacted of contact details. For a
 * Scottish request, representations are taken while its notices run.
 */
@Component(service = RepresentationsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assets.representations")
@Path("/api/assets/representations")
public class RepresentationsResource {
    public static final String CONTAINER_TYPE = AssetContainers.CASE;

    public record NewRepresentation(String title, String text, String language) {
    }

    public record PublishedRepresentation(String id, String title, String text, String language, Instant created) {
    }

    private final AssetStore store;
    private final ContributionArchive archive;
    private final Pseudonyms pseudonyms;
    private final Redactor redactor;

    @Activate
    public RepresentationsResource(@Reference AssetStore store, @Reference ContributionArchive archive,
            @Reference Pseudonyms pseudonyms, @Reference Redactor redactor) {
        this.store = store;
        this.archive = archive;
        this.pseudonyms = pseudonyms;
        this.redactor = redactor;
    }

    @POST
    @Path("{caseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public PublishedRepresentation submit(@PathParam("caseId") String caseId, NewRepresentation r, @Context SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
        if (r == null || r.text() == null || r.text().isBlank()) {
            throw new BadRequestException("A representation needs some text.");
        }
        if (r.text().length() > ContributionArchive.MAX_BODY) {
            throw new ClientErrorException("A representation may be at most " + ContributionArchive.MAX_BODY + " characters.", 413);
        }
        String language = r.language() == null || r.language().isBlank() ? null : r.language().strip().toLowerCase(java.util.Locale.ROOT);
        if (language != null && !language.equals("en") && !language.equals("cy")) {
            throw new ClientErrorException("Write a representation in English (en) or Welsh (cy).", 422);
        }
        CaseFile<?> c = store.cases().load(caseId).orElseThrow(() -> new NotFoundException("There is no case " + caseId + "."));
        if (c instanceof ScottishAssetTransferRequest atr
                && atr.state() != ScottishAssetTransferRequest.State.NOTICES_AND_REPRESENTATIONS) {
            throw new ClientErrorException("Representations on request " + caseId + " are not being taken: it is "
                    + CaseFile.describe(atr.state()) + ".", 409);
        }
        if (c instanceof ScottishAssetTransferRequest atr && atr.today().isAfter(atr.representationsCloseOn().orElseThrow())) {
            throw new ClientErrorException("Representations on request " + caseId + " closed on "
                    + atr.representationsCloseOn().orElseThrow() + ".", 409);
        }
        NewContribution n = NewContribution.of(Officers.MODULE, container(c), "representation", pseudonyms.authorOf(user),
                r.text().strip())
                .withTitle(r.title()).withLanguage(language).withLink(AssetContainers.page(c));
        Appended a;
        try {
            a = archive.append(n);
        } catch (IllegalArgumentException e) {
            throw new ClientErrorException(e.getMessage(), 422);
        }
        return published(a.contribution());
    }

    @GET
    @Path("{caseId}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<PublishedRepresentation> list(@PathParam("caseId") String caseId) {
        CaseFile<?> c = store.cases().load(caseId).orElseThrow(() -> new NotFoundException("There is no case " + caseId + "."));
        return archive.find(ContributionQuery.inContainer(Officers.MODULE, container(c), 1000)).stream()
                .filter(org.folkmoot.api.archive.Contribution::isPublic)
                .map(this::published)
                .toList();
    }

    private PublishedRepresentation published(org.folkmoot.api.archive.Contribution c) {
        return new PublishedRepresentation(c.id(), redactor.redact(c.title(), c.language()),
                redactor.redact(c.body(), c.language()), c.language(), c.created());
    }

    static Container container(CaseFile<?> c) {
        return AssetContainers.container(c);
    }
}
