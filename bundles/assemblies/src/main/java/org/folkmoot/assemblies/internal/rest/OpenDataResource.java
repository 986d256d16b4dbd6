package org.folkmoot.assemblies.internal.rest;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.evidence.Submissions;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.opendata.OpenDataCsv;
import org.folkmoot.assemblies.internal.opendata.PopoloExport;
import org.folkmoot.assemblies.internal.opendata.PublicRecord;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.folkmoot.assemblies.internal.sessions.Proceedings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/assemblies/{id}/open-data}: an announced assembly's open data, for anyone, as JSON
 * shaped after Popolo and as CSV ({@code recommendations.csv}, {@code actions.csv}, {@code sessions.csv},
 * {@code evidence.csv}, {@code submissions.csv}). No personal data.
 */
@Component(service = OpenDataResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.opendata")
@Path("/api/assemblies/{id}/open-data")
public class OpenDataResource {
    static final String CSV = "text/csv;charset=utf-8";

    private final Recommendations recommendations;
    private final Implementation implementation;
    private final Proceedings proceedings;
    private final Submissions submissions;

    @Activate
    public OpenDataResource(@Reference Recommendations recommendations, @Reference Implementation implementation,
            @Reference Proceedings proceedings, @Reference Submissions submissions) {
        this.recommendations = recommendations;
        this.implementation = implementation;
        this.proceedings = proceedings;
        this.submissions = submissions;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> popolo(@PathParam("id") String id) {
        Assembly a = Api.run(() -> recommendations.announced(id));
        return PopoloExport.of(a, recommendations.settings(id), implementation.tracked(id), heard(id));
    }

    @GET
    @Path("recommendations.csv")
    @Produces(CSV)
    public Response recommendationsCsv(@PathParam("id") String id) {
        Assembly a = Api.run(() -> recommendations.announced(id));
        return file(OpenDataCsv.recommendations(a, implementation.tracked(id)), id + "-recommendations.csv");
    }

    @GET
    @Path("actions.csv")
    @Produces(CSV)
    public Response actionsCsv(@PathParam("id") String id) {
        Api.run(() -> recommendations.announced(id));
        return file(OpenDataCsv.actions(implementation.tracked(id)), id + "-actions.csv");
    }

    @GET
    @Path("sessions.csv")
    @Produces(CSV)
    public Response sessionsCsv(@PathParam("id") String id) {
        Assembly a = Api.run(() -> recommendations.announced(id));
        return file(OpenDataCsv.sessions(a, heard(id)), id + "-sessions.csv");
    }

    @GET
    @Path("evidence.csv")
    @Produces(CSV)
    public Response evidenceCsv(@PathParam("id") String id) {
        Api.run(() -> recommendations.announced(id));
        return file(OpenDataCsv.evidence(heard(id)), id + "-evidence.csv");
    }

    @GET
    @Path("submissions.csv")
    @Produces(CSV)
    public Response submissionsCsv(@PathParam("id") String id) {
        Api.run(() -> recommendations.announced(id));
        return file(OpenDataCsv.submissions(heard(id)), id + "-submissions.csv");
    }

    /** The sessions, evidence and submissions, as the public may read them. */
    private PublicRecord heard(String id) {
        return Api.run(() -> PublicRecord.of(id, proceedings, submissions));
    }

    private static Response file(String body, String name) {
        return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
