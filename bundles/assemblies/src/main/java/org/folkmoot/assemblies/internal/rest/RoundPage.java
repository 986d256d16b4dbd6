package org.folkmoot.assemblies.internal.rest;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.folkmoot.api.web.Page;
import org.folkmoot.assemblies.internal.rounds.Round;
import org.folkmoot.assemblies.internal.rounds.StandingAssembly;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /assemblies/{id}/rounds/{n}}: a round of a standing assembly as anyone may see it, counts
 * only (how many carried over and how, how many newly drawn, the seeds, where the round's selection
 * is published), never a name. Both the standing assembly and the round's own must be announced.
 */
@Component(service = RoundPage.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.rounds.page")
@Path("assemblies/{id}/rounds")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class RoundPage {
    private final StandingAssembly standing;

    @Activate
    public RoundPage(@Reference StandingAssembly standing) {
        this.standing = standing;
    }

    @GET
    @Path("{round: [0-9]{1,4}}")
    public Page round(@PathParam("id") String id, @PathParam("round") int number) {
        try {
            var first = standing.recruitment().announced(id);
            Round round = standing.round(id, number);
            Map<String, Object> model = new HashMap<>();
            model.put("a", first);
            model.put("roundAssembly", standing.recruitment().announced(round.assemblyId()));
            model.put("r", round);
            model.put("state", standing.progress(round).state());
            return Page.of(RoundPage.class, "assemblies-round.ftlh", model);
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
