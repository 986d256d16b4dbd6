package org.folkmoot.assemblies.internal.rest;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Roles;
import org.folkmoot.api.web.Page;
import org.folkmoot.assemblies.internal.evidence.RecommendationVoice;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /assemblies/{id}/recommendations/{n}/comments}: a recommendation with its vote and the
 * council's response, and residents' comments on each with the forms to add one (signed in), in
 * English and Welsh, without JavaScript.
 */
@Component(service = RecommendationCommentPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.recommendation-comments.pages")
@Path("assemblies/{id}/recommendations/{n: [0-9]{1,6}}/comments")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class RecommendationCommentPages {
    private final RecommendationVoice voice;

    @Activate
    public RecommendationCommentPages(@Reference RecommendationVoice voice) {
        this.voice = voice;
    }

    @GET
    public Page comments(@PathParam("id") String id, @PathParam("n") int n, @Context SecurityContext sc) {
        return page(id, n, sc, Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public Response comment(@PathParam("id") String id, @PathParam("n") int n, MultivaluedMap<String, String> form,
            @QueryParam("lang") String lang, @Context SecurityContext sc) {
        FolkmootUser user = VoiceForms.signedIn(sc);
        subject(id, n);
        String on = RecommendationVoice.SUBJECTS.contains(form.getFirst("on")) ? form.getFirst("on") : "recommendation";
        return VoiceForms.post("comment-" + on, VoiceForms.typed(form), lang, RecommendationVoice.commentsPage(id, n) + "#comments-" + on,
                w -> voice.comment(id, n, on, user, w), (values, errors) -> page(id, n, sc, values, errors));
    }

    private Page page(String id, int n, SecurityContext sc, Map<String, String> values, Map<String, String> errors) {
        RecommendationVoice.Subject s = subject(id, n);
        Map<String, Object> model = new HashMap<>();
        model.put("s", s);
        model.put("a", voice.assembly(id));
        model.put("onRecommendation", voice.comments(s, "recommendation"));
        model.put("onResponse", voice.comments(s, "response"));
        model.put("signedIn", FolkmootUser.of(sc).isPresent());
        model.put("csrf", VoiceForms.csrf(sc));
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        return Page.of(RecommendationCommentPages.class, "assemblies-sessions-recommendation.ftlh", model);
    }

    private RecommendationVoice.Subject subject(String id, int n) {
        try {
            return voice.subject(id, n);
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
