package org.folkmoot.assemblies.internal.rest;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

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
import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.api.web.Page;
import org.folkmoot.assemblies.internal.AssembliesRoles;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.Question;
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
 * The officers' pages of a standing assembly's rounds, in English and Welsh, without JavaScript:
 * {@code /assemblies/{id}/officers/rounds} lists the rounds and opens the next (its own assembly, and
 * the members carried over, by lot from a public seed or ticked), {@code .../rounds/{n}} shows a round
 * and draws its new members in the background, with the draw's stage and a refresh link. {@code id}
 * is the first round's assembly; a later round's assembly is sent on to it.
 */
@Component(service = RoundOfficerPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.rounds.officers")
@Path("assemblies/{id}/officers/rounds")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class RoundOfficerPages {
    private static final List<String> ALGORITHMS = List.of("LEXIMIN", "MAXIMIN", "LEGACY");

    private final StandingAssembly standing;

    @Activate
    public RoundOfficerPages(@Reference StandingAssembly standing) {
        this.standing = standing;
    }

    @GET
    public Response rounds(@PathParam("id") String id, @QueryParam("lang") String lang, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        String first = standingOf(id);
        if (!first.equals(id)) {
            return Response.seeOther(URI.create(back(first, null, lang))).build();
        }
        return Response.ok(roundsPage(first, user, Map.of("carry", "lot"), List.of(), Map.of())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("id") String id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang,
            @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        found(() -> standing.rounds(id));
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0).strip()));
        List<String> ticked = form.getOrDefault("carried", List.of());
        String carry = values.getOrDefault("carry", "");
        try {
            Round r = switch (carry) {
                case "lot" -> standing.openByLot(id, values.get("assembly"), count(values.get("carryCount")), values.get("carrySeed"));
                case "ticked" -> standing.open(id, values.get("assembly"), ticked);
                default -> throw Refused.of("carry", "assemblies.rounds.error.carry");
            };
            return Response.seeOther(URI.create(back(id, r.round(), lang))).build();
        } catch (Refused r) {
            Map<String, String> errors = new LinkedHashMap<>();
            r.errors(language(lang)).forEach((f, m) -> errors.put("standing".equals(f) ? "assembly" : f, m));
            int status = r.status() == 409 ? 409 : 422;
            return Response.status(status).entity(roundsPage(id, user, values, ticked, errors).withStatus(status)).build();
        }
    }

    @GET
    @Path("{round: [0-9]{1,4}}")
    public Response round(@PathParam("id") String id, @PathParam("round") int number, @QueryParam("lang") String lang,
            @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        String first = standingOf(id);
        if (!first.equals(id)) {
            return Response.seeOther(URI.create(back(first, number, lang))).build();
        }
        return Response.ok(roundPage(found(() -> standing.round(id, number)), user, Map.of(), Map.of())).build();
    }

    @POST
    @Path("{round: [0-9]{1,4}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draw(@PathParam("id") String id, @PathParam("round") int number, MultivaluedMap<String, String> form,
            @QueryParam("lang") String lang, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        Round round = found(() -> standing.round(id, number));
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        try {
            standing.requestDraw(id, number, algorithm(values.get("algorithm")), values.get("seed"), user.id());
            return Response.seeOther(URI.create(back(id, number, lang))).build();
        } catch (Refused r) {
            int status = r.status() == 409 ? 409 : 422;
            Page page = roundPage(standing.round(id, number), user, values, r.errors(language(lang))).withStatus(status);
            return Response.status(status).entity(page).build();
        }
    }

    /** Withdraws a round not drawn yet, back to the list of rounds; refused beside the button (409). */
    @POST
    @Path("{round: [0-9]{1,4}}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") String id, @PathParam("round") int number, @QueryParam("lang") String lang,
            @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        Round round = found(() -> standing.round(id, number));
        try {
            standing.withdraw(id, number);
            return Response.seeOther(URI.create(back(id, null, lang))).build();
        } catch (Refused r) {
            Page page = roundPage(round, user, Map.of(), r.errors(language(lang))).withStatus(409);
            return Response.status(409).entity(page).build();
        }
    }

    private Page roundsPage(String id, FolkmootUser user, Map<String, String> values, List<String> ticked, Map<String, String> errors) {
        Assembly first = standing.recruitment().assembly(id);
        List<Round> rounds = standing.rounds(id);
        Map<String, Object> model = new HashMap<>();
        model.put("a", first);
        model.put("csrf", user.csrfToken());
        model.put("values", values);
        model.put("ticked", ticked);
        model.put(Page.ERRORS, errors);
        model.put("rounds", rounds.stream().map(standing::progress).toList());
        model.put("firstPanel", standing.recruitment().store().selections().round(id, 1).map(s -> s.isDone() ? s.panel().size() : 0)
                .orElse(0));
        boolean lastDrawn = rounds.isEmpty() || rounds.get(rounds.size() - 1).wasDrawn();
        List<String> eligible = lastDrawn ? standing.eligible(id) : List.of();
        model.put("lastDrawn", lastDrawn);
        model.put("eligible", eligible);
        model.put("next", rounds.size() + 2);
        model.put("candidates", candidates(first));
        return Page.of(RoundOfficerPages.class, "assemblies-rounds-officers.ftlh", model);
    }

    /** Assemblies that can be the next round: not a round already, no selection of their own, the same questions. */
    private List<Assembly> candidates(Assembly first) {
        List<String> categories = first.questions().stream().map(Question::category).sorted().toList();
        return standing.recruitment().store().assemblies().all().stream()
                .filter(a -> !a.id().equals(first.id()) && standing.roundOf(a.id()).isEmpty())
                .filter(a -> a.questions().stream().map(Question::category).sorted().toList().equals(categories))
                .filter(a -> standing.recruitment().store().selections().rounds(a.id()).stream().allMatch(s -> "FAILED".equals(s.state())))
                .toList();
    }

    private Page roundPage(Round round, FolkmootUser user, Map<String, String> values, Map<String, String> errors) {
        RoundDraw draw = standing.progress(round);
        Map<String, Object> model = new HashMap<>();
        model.put("a", standing.recruitment().assembly(round.standingId()));
        model.put("roundAssembly", standing.recruitment().assembly(round.assemblyId()));
        model.put("r", round);
        model.put("draw", draw);
        model.put("csrf", user.csrfToken());
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        model.put("algorithms", ALGORITHMS);
        model.put("registered", standing.recruitment().store().registrations().people(round.assemblyId()).size());
        return Page.of(RoundOfficerPages.class, "assemblies-round-officers.ftlh", model);
    }

    private String standingOf(String id) {
        found(() -> standing.recruitment().assembly(id));
        return standing.standingOf(id);
    }

    private static String back(String id, Integer round, String lang) {
        return "/assemblies/" + id + "/officers/rounds" + (round == null ? "" : "/" + round) + ("cy".equals(lang) ? "?lang=cy" : "");
    }

    private static Integer count(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static SelectionAlgorithm algorithm(String name) {
        try {
            return name == null || name.isBlank() ? SelectionAlgorithm.LEXIMIN : SelectionAlgorithm.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw Refused.of("algorithm", "assemblies.error.algorithm");
        }
    }

    private static String language(String lang) {
        return "cy".equals(lang) ? "cy" : "en";
    }

    private static <T> T found(java.util.function.Supplier<T> find) {
        try {
            return find.get();
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
