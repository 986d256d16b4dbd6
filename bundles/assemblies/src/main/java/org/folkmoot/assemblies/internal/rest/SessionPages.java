package org.folkmoot.assemblies.internal.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.folkmoot.assemblies.internal.AssembliesRoles;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.evidence.Evidence;
import org.folkmoot.assemblies.internal.evidence.ResidentsVoice;
import org.folkmoot.assemblies.internal.rounds.StandingAssembly;
import org.folkmoot.assemblies.internal.sessions.Proceedings;
import org.folkmoot.assemblies.internal.sessions.Session;
import org.folkmoot.assemblies.internal.sessions.SessionContainers;
import org.folkmoot.assemblies.internal.store.Logistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /assemblies/{id}/sessions}: an assembly's sessions, in English and Welsh, without
 * JavaScript: when and where, the agenda, facilitators, recordings, the evidence heard, residents'
 * comments with a form for each session; officers and facilitators also see who attended.
 */
@Component(service = SessionPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.sessions.pages")
@Path("assemblies/{id}/sessions")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class SessionPages {

    /** A session as the page shows it. */
    public record Item(Session session, int number, List<Evidence> evidence, List<ResidentsVoice.Published> comments,
            List<Logistics.Attendance> attendance) {
        public long attended() {
            return attendance.stream().filter(Logistics.Attendance::attended).count();
        }
    }

    private final Proceedings proceedings;
    private final ResidentsVoice voice;
    private final StandingAssembly standing;

    @Activate
    public SessionPages(@Reference Proceedings proceedings, @Reference ResidentsVoice voice, @Reference StandingAssembly standing) {
        this.proceedings = proceedings;
        this.voice = voice;
        this.standing = standing;
    }

    @GET
    public Page sessions(@PathParam("id") String id, @Context SecurityContext sc) {
        return page(id, sc, Map.of(), Map.of());
    }

    @POST
    @Path("{day}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ANY_SIGNED_IN)
    public Response comment(@PathParam("id") String id, @PathParam("day") String day, MultivaluedMap<String, String> form,
            @QueryParam("lang") String lang, @Context SecurityContext sc) {
        FolkmootUser user = VoiceForms.signedIn(sc);
        Session s = session(id, day);
        String formId = "comment-" + s.date();
        return VoiceForms.post(formId, VoiceForms.typed(form), lang, SessionContainers.page(s),
                w -> voice.comment(SessionContainers.container(s), SessionContainers.page(s), user, w),
                (values, errors) -> page(id, sc, values, errors));
    }

    private Page page(String id, SecurityContext sc, Map<String, String> values, Map<String, String> errors) {
        Assembly a = announced(id);
        boolean staff = Api.has(sc, AssembliesRoles.OFFICER) || Api.has(sc, AssembliesRoles.FACILITATOR);
        List<Evidence> evidence = proceedings.evidence(id);
        List<Item> items = new ArrayList<>();
        for (Session s : proceedings.sessions(id)) {
            items.add(new Item(s, a.sessions().indexOf(s.date()) + 1,
                    evidence.stream().filter(e -> s.date().equals(e.session())).toList(),
                    voice.of(SessionContainers.container(s), "comment"),
                    staff ? proceedings.attendance(id, s.date()) : List.of()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("items", items);
        model.put("unplanned", a.sessions().stream().filter(d -> items.stream().noneMatch(i -> i.session().date().equals(d))).toList());
        model.put("staff", staff);
        String standingId = standing.standingOf(id);
        model.put("standing", standingId.equals(id) ? a : proceedings.recruitment().assembly(standingId));
        model.put("rounds", standing.rounds(standingId));
        model.put("signedIn", FolkmootUser.of(sc).isPresent());
        model.put("csrf", VoiceForms.csrf(sc));
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        return Page.of(SessionPages.class, "assemblies-sessions.ftlh", model);
    }

    private Assembly announced(String id) {
        try {
            return proceedings.recruitment().announced(id);
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    private Session session(String id, String day) {
        announced(id);
        try {
            return proceedings.session(id, LocalDate.parse(day));
        } catch (NoSuchElementException | DateTimeParseException e) {
            throw new NotFoundException("Assembly " + id + " has no session on " + day + ".");
        }
    }
}
