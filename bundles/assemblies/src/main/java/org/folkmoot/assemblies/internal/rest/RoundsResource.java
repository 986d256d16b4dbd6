package org.folkmoot.assemblies.internal.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.assemblies.internal.AssembliesRoles;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.rounds.Round;
import org.folkmoot.assemblies.internal.rounds.RoundDraw;
import org.folkmoot.assemblies.internal.rounds.StandingAssembly;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/assemblies/{id}/rounds}: the later rounds of a standing assembly whose first round is
 * {@code id}, for anyone (pseudonyms only); officers open a round ({@code {"assembly":...,
 * "carried":[...]}}, or by lot {@code {"assembly":..., "carryCount":N, "carrySeed":"..."}}) and
 * draw its new members with a public seed in the background: 202, then {@code GET .../rounds/{n}}.
 */
@Component(service = RoundsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.rounds")
@Path("/api/assemblies/{id}/rounds")
@Produces(MediaType.APPLICATION_JSON)
public class RoundsResource {

    /** Carried over either ticked ({@code carried}) or by lot ({@code carryCount} chosen with the public {@code carrySeed}). */
    public record RoundRequest(String assembly, List<String> carried, Integer carryCount, String carrySeed) {
        boolean byLot() {
            return carryCount != null || carrySeed != null;
        }
    }

    /**
     * A round as anyone may read it, with where its draw is; {@code problem} (why a draw failed) for
     * officers only; {@code selection} the published selection of the round's assembly once drawn.
     */
    public record RoundView(Round round, String state, String stage, int percent, String problem, String selection, String page) {
        static RoundView of(RoundDraw d, boolean officer) {
            Round r = d.round();
            return new RoundView(r, d.state(), d.stage(), d.percent(), officer ? d.problem().orElse(null) : null,
                    r.wasDrawn() ? "/api/assemblies/" + r.assemblyId() + "/selections/1" : null,
                    "/assemblies/" + r.standingId() + "/rounds/" + r.round());
        }
    }

    public record DrawRequest(String seed, String algorithm) {
    }

    private final StandingAssembly standing;

    @Activate
    public RoundsResource(@Reference StandingAssembly standing) {
        this.standing = standing;
    }

    @GET
    public List<Round> rounds(@PathParam("id") String id) {
        return Api.run(() -> standing.rounds(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@PathParam("id") String id, RoundRequest request, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        if (request == null || request.assembly() == null || request.assembly().isBlank()) {
            throw new jakarta.ws.rs.ClientErrorException("Send {\"assembly\":\"<the round's own assembly>\",\"carried\":[\"P-...\"]}: "
                    + "commission the round's assembly first, with the same questions.", 422);
        }
        Round r = Api.run(() -> request.byLot() ? standing.openByLot(id, request.assembly().strip(), request.carryCount(), request.carrySeed())
                : standing.open(id, request.assembly().strip(), request.carried()));
        return Response.created(URI.create("/api/assemblies/" + id + "/rounds/" + r.round())).entity(r).build();
    }

    @GET
    @Path("{round: [0-9]{1,4}}")
    public RoundView round(@PathParam("id") String id, @PathParam("round") int round, @Context SecurityContext sc) {
        return Api.run(() -> RoundView.of(standing.progress(standing.round(id, round)), Api.has(sc, AssembliesRoles.OFFICER)));
    }

    /** Withdraws a round not drawn yet; 409 once drawn or while being drawn. */
    @DELETE
    @Path("{round: [0-9]{1,4}}")
    public Response withdraw(@PathParam("id") String id, @PathParam("round") int round, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        Api.run(() -> {
            standing.withdraw(id, round);
            return null;
        });
        return Response.noContent().build();
    }

    /** Queues the draw of a round's new members (the background job); 202 with where to follow it. */
    @POST
    @Path("{round: [0-9]{1,4}}/draw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draw(@PathParam("id") String id, @PathParam("round") int round, DrawRequest request, @Context SecurityContext sc) {
        FolkmootUser officer = Api.require(sc, AssembliesRoles.OFFICER);
        SelectionAlgorithm how = algorithm(request == null ? null : request.algorithm());
        Round r = Api.run(() -> standing.requestDraw(id, round, how, request == null ? null : request.seed(), officer.id()));
        return Response.accepted(RoundView.of(standing.progress(r), true))
                .location(URI.create("/api/assemblies/" + id + "/rounds/" + round)).build();
    }

    private static SelectionAlgorithm algorithm(String name) {
        try {
            return name == null || name.isBlank() ? SelectionAlgorithm.LEXIMIN : SelectionAlgorithm.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.of("algorithm", "assemblies.error.algorithm");
        }
    }
}
