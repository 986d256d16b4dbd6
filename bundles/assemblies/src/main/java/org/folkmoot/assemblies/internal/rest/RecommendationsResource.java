package org.folkmoot.assemblies.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assemblies.internal.AssembliesRoles;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.implementation.ActionUpdate;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.implementation.ProgressReport;
import org.folkmoot.assemblies.internal.recommendations.Draft;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.folkmoot.assemblies.internal.recommendations.Tally;
import org.folkmoot.assemblies.internal.recommendations.ThresholdRule;
import org.folkmoot.assemblies.internal.recommendations.WordingComparison;
import org.folkmoot.assemblies.internal.response.Responses;
import org.folkmoot.assemblies.internal.Refused;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/assemblies/{id}/recommendations}: recommendations drafted and redrafted, the threshold
 * rule, votes (a facilitator's count, or members' devices with one-time codes), the council's
 * responses, actions with dated updates, progress reports, and the tracker. Anyone reads an
 * announced assembly's recommendations, votes (counts only), responses and actions; changes are
 * for officers (and, for drafting and votes, facilitators). Bad input is a 4xx problem, nothing written.
 */
@Component(service = RecommendationsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.recommendations")
@Path("/api/assemblies/{id}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationsResource {

    public record SettingsRequest(String threshold, String abstentions, Integer firstReportMonths, Integer reportEveryMonths) {
    }

    public record CountRequest(Integer inFavour, Integer against, Integer abstain, LocalDate heldOn) {
    }

    public record DevicesRequest(LocalDate heldOn) {
    }

    public record BallotRequest(String code, String choice) {
    }

    public record ActionRequest(String titleEn, String titleCy, String service) {
    }

    public record ReportRequest(LocalDate dueOn, LocalDate publishedOn, String summaryEn, String summaryCy) {
    }

    private final Recommendations recommendations;
    private final Responses responses;
    private final Implementation implementation;

    @Activate
    public RecommendationsResource(@Reference Recommendations recommendations, @Reference Responses responses,
            @Reference Implementation implementation) {
        this.recommendations = recommendations;
        this.responses = responses;
        this.implementation = implementation;
    }

    @GET
    public List<RecommendationViews.RecommendationView> list(@PathParam("id") String id, @Context SecurityContext sc) {
        return tracker(id, sc).recommendations();
    }

    @GET
    @Path("tracker")
    public RecommendationViews.TrackerView tracker(@PathParam("id") String id, @Context SecurityContext sc) {
        Assembly a = visible(id, sc);
        return RecommendationViews.tracker(a, Api.run(() -> implementation.tracked(id)));
    }

    @GET
    @Path("{n}")
    public RecommendationViews.RecommendationView one(@PathParam("id") String id, @PathParam("n") int n, @Context SecurityContext sc) {
        return tracker(id, sc).recommendations().stream().filter(r -> r.number() == n).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("Assembly " + id + " has no recommendation " + n + "."));
    }

    @GET
    @Path("{n}/compare")
    public List<WordingComparison.Piece> compare(@PathParam("id") String id, @PathParam("n") int n, @QueryParam("from") int from,
            @QueryParam("to") int to, @QueryParam("language") String language, @Context SecurityContext sc) {
        visible(id, sc);
        return Api.run(() -> recommendations.compare(id, n, from, to, "cy".equals(language) ? "cy" : "en"));
    }

    @GET
    @Path("settings")
    public RecommendationViews.Settings settings(@PathParam("id") String id, @Context SecurityContext sc) {
        visible(id, sc);
        return RecommendationViews.Settings.of(Api.run(() -> recommendations.settings(id)));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public RecommendationViews.Settings configure(@PathParam("id") String id, SettingsRequest s, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        SettingsRequest r = s == null ? new SettingsRequest(null, null, null, null) : s;
        return RecommendationViews.Settings.of(Api.run(() -> recommendations.configure(id,
                ThresholdRule.of(r.threshold(), r.abstentions()), r.firstReportMonths(), r.reportEveryMonths(), user.id())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(@PathParam("id") String id, Draft d, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.FACILITATOR);
        int n = Api.run(() -> recommendations.draft(id, d, user.id()));
        return Response.created(URI.create("/api/assemblies/" + id + "/recommendations/" + n)).entity(Map.of("number", n)).build();
    }

    @POST
    @Path("{n}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") String id, @PathParam("n") int n, Draft d, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.FACILITATOR);
        int version = Api.run(() -> recommendations.revise(id, n, d));
        return Response.status(201).entity(Map.of("number", n, "version", version)).build();
    }

    /** A count from paper ballots or a show of hands. */
    @POST
    @Path("{n}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response count(@PathParam("id") String id, @PathParam("n") int n, CountRequest c, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.FACILITATOR);
        var vote = Api.run(() -> {
            if (c == null || c.inFavour() == null || c.against() == null || c.abstain() == null
                    || c.inFavour() < 0 || c.against() < 0 || c.abstain() < 0) {
                throw Refused.of("inFavour", "assemblies.recommendations.error.counts");
            }
            return recommendations.enterCount(id, n, new Tally(c.inFavour(), c.against(), c.abstain()), c.heldOn(), user.id());
        });
        return Response.status(201).entity(RecommendationViews.VoteView.of(vote)).build();
    }

    /** Opens voting on members' devices: answers each member's one-time code, once. */
    @POST
    @Path("{n}/vote/devices")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response devices(@PathParam("id") String id, @PathParam("n") int n, DevicesRequest d, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.FACILITATOR);
        var codes = Api.run(() -> recommendations.openDeviceVote(id, n, d == null ? null : d.heldOn(), user.id()));
        return Response.status(201).entity(codes).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{n}/vote/close")
    public RecommendationViews.VoteView close(@PathParam("id") String id, @PathParam("n") int n, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.FACILITATOR);
        return RecommendationViews.VoteView.of(Api.run(() -> recommendations.closeDeviceVote(id, n)));
    }

    /** A member's vote with their one-time code (no sign-in: the code is the member's right to vote once). */
    @POST
    @Path("ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ballot(@PathParam("id") String id, BallotRequest b, @Context SecurityContext sc,
            @Context HttpServletRequest request) {
        int n = Api.run(() -> recommendations.cast(id, b == null ? null : b.code(), b == null ? null : b.choice(),
                Api.client(sc, request)));
        return Response.status(201).entity(Map.of("number", n, "counted", true)).build();
    }

    @PUT
    @Path("{n}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    public RecommendationViews.ResponseView respond(@PathParam("id") String id, @PathParam("n") int n, Responses.Answer answer,
            @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        return RecommendationViews.ResponseView.of(Api.run(() -> responses.respond(id, n, answer, user.id())));
    }

    /** Passed recommendations still without a response after the committed date (the officers' dashboard). */
    @GET
    @Path("overdue")
    public Map<String, Object> overdue(@PathParam("id") String id, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        Assembly a = Api.run(() -> recommendations.assembly(id));
        return Map.of("responseDue", a.responseDue(), "overdue", Api.run(() -> responses.overdue(id)));
    }

    @POST
    @Path("{n}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response action(@PathParam("id") String id, @PathParam("n") int n, ActionRequest r, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        ActionRequest a = r == null ? new ActionRequest(null, null, null) : r;
        String actionId = Api.run(() -> implementation.addAction(id, n, a.titleEn(), a.titleCy(), a.service()));
        return Response.status(201).entity(Map.of("id", actionId)).build();
    }

    @POST
    @Path("actions/{action}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @PathParam("action") String action, Implementation.Update u,
            @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        ActionUpdate done = Api.run(() -> implementation.update(id, action,
                u == null ? new Implementation.Update(null, null, null, null, null) : u, user.id()));
        return Response.status(201).entity(done).build();
    }

    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("id") String id, ReportRequest r, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        ReportRequest q = r == null ? new ReportRequest(null, null, null, null) : r;
        ProgressReport p = Api.run(() -> implementation.publishReport(id, q.dueOn(), q.publishedOn(), q.summaryEn(), q.summaryCy(),
                user.id()));
        return Response.status(201).entity(p).build();
    }

    /** Closes the assembly's record: no vote, response or action changes after this. */
    @POST
    @Path("close")
    public Response closeRecord(@PathParam("id") String id, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        Api.run(() -> {
            recommendations.close(id, user.id());
            return null;
        });
        return Response.noContent().build();
    }

    private Assembly visible(String id, SecurityContext sc) {
        boolean officer = Api.has(sc, AssembliesRoles.OFFICER);
        return Api.run(() -> officer ? recommendations.assembly(id) : recommendations.announced(id));
    }
}
