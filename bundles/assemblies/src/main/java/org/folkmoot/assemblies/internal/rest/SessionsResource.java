package org.folkmoot.assemblies.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.assemblies.internal.AssembliesRoles;
import org.folkmoot.assemblies.internal.evidence.ResidentsVoice;
import org.folkmoot.assemblies.internal.sessions.Proceedings;
import org.folkmoot.assemblies.internal.sessions.Session;
import org.folkmoot.assemblies.internal.sessions.SessionCheck;
import org.folkmoot.assemblies.internal.sessions.SessionContainers;
import org.folkmoot.assemblies.internal.store.Logistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/assemblies/{id}/sessions}: an announced assembly's sessions for anyone; officers add
 * or replace a session by its day ({@code PUT .../sessions/2027-03-06}); officers and facilitators
 * read who attended (private, as part 1 records it by day); residents signed in comment on a session.
 */
@Component(service = SessionsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.sessions")
@Path("/api/assemblies/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {
    private final Proceedings proceedings;
    private final ResidentsVoice voice;

    @Activate
    public SessionsResource(@Reference Proceedings proceedings, @Reference ResidentsVoice voice) {
        this.proceedings = proceedings;
        this.voice = voice;
    }

    @GET
    public List<Session> list(@PathParam("id") String id) {
        return Api.run(() -> {
            proceedings.recruitment().announced(id);
            return proceedings.sessions(id);
        });
    }

    @GET
    @Path("{day}")
    public Session one(@PathParam("id") String id, @PathParam("day") String day) {
        return session(id, day);
    }

    /** Adds the session on this day (one of the commission's session days) or replaces it; 201 when new. */
    @PUT
    @Path("{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("id") String id, @PathParam("day") String day, SessionCheck.Draft draft,
            @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        SessionCheck.Draft d = draft == null ? new SessionCheck.Draft(day, null, null, null, null, null, null, null, null, null,
                null, null) : new SessionCheck.Draft(day, draft.startsAt(), draft.endsAt(), draft.titleEn(), draft.titleCy(),
                draft.placeEn(), draft.placeCy(), draft.onlineLink(), draft.agendaEn(), draft.agendaCy(), draft.facilitators(),
                draft.recordings());
        boolean created = Api.run(() -> proceedings.saveSession(id, d));
        Session s = proceedings.session(id, LocalDate.parse(day.strip()));
        return (created ? Response.created(URI.create("/api/assemblies/" + id + "/sessions/" + s.date())) : Response.ok()).entity(s).build();
    }

    /** Attendance at the session, from members' logistics: officers and facilitators only. */
    @GET
    @Path("{day}/attendance")
    public List<Logistics.Attendance> attendance(@PathParam("id") String id, @PathParam("day") String day, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.FACILITATOR);
        Session s = session(id, day);
        return proceedings.attendance(id, s.date());
    }

    @GET
    @Path("{day}/comments")
    public List<ResidentsVoice.Published> comments(@PathParam("id") String id, @PathParam("day") String day) {
        return voice.of(SessionContainers.container(session(id, day)), "comment");
    }

    @POST
    @Path("{day}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, @PathParam("day") String day, ResidentsVoice.Writing w,
            @Context SecurityContext sc) {
        FolkmootUser user = VoiceForms.signedIn(sc);
        Session s = session(id, day);
        ResidentsVoice.Published p = Api.run(() -> voice.comment(SessionContainers.container(s), SessionContainers.page(s), user, w));
        return Response.status(201).entity(p).build();
    }

    private Session session(String id, String day) {
        return Api.run(() -> {
            proceedings.recruitment().announced(id);
            try {
                return proceedings.session(id, LocalDate.parse(day));
            } catch (DateTimeParseException e) {
                throw new NoSuchElementException("A session is named by its day, YYYY-MM-DD, not '" + day + "'.");
            }
        });
    }
}
