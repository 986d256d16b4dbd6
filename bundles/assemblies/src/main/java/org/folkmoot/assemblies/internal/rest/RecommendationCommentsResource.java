package org.folkmoot.assemblies.internal.rest;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assemblies.internal.evidence.RecommendationVoice;
import org.folkmoot.assemblies.internal.evidence.ResidentsVoice;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/assemblies/{id}/recommendations/{n}/comments}: residents' comments on a voted
 * recommendation ({@code ?on=recommendation}, the default) or on the council's response to it
 * ({@code ?on=response}); signed-in residents add one with {@code {"text","language","on"}}.
 */
@Component(service = RecommendationCommentsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.recommendation-comments")
@Path("/api/assemblies/{id}/recommendations/{n: [0-9]{1,6}}/comments")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationCommentsResource {

    /** A comment as sent: on {@code recommendation} or {@code response}. */
    public record CommentRequest(String text, String language, String organisation, String on) {
    }

    private final RecommendationVoice voice;

    @Activate
    public RecommendationCommentsResource(@Reference RecommendationVoice voice) {
        this.voice = voice;
    }

    @GET
    public List<ResidentsVoice.Published> comments(@PathParam("id") String id, @PathParam("n") int n, @QueryParam("on") String on) {
        return Api.run(() -> voice.comments(voice.subject(id, n), on == null || on.isBlank() ? "recommendation" : on.strip()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, @PathParam("n") int n, CommentRequest c, @Context SecurityContext sc) {
        FolkmootUser user = VoiceForms.signedIn(sc);
        CommentRequest r = c == null ? new CommentRequest(null, null, null, null) : c;
        return Response.status(201).entity(Api.run(() -> voice.comment(id, n, r.on(), user,
                new ResidentsVoice.Writing(r.text(), r.language(), r.organisation())))).build();
    }
}
