package org.folkmoot.assemblies.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.assemblies.internal.AssembliesRoles;
import org.folkmoot.assemblies.internal.LotteryRun;
import org.folkmoot.assemblies.internal.Recruitment;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.Commission;
import org.folkmoot.assemblies.internal.letters.LetterLanguage;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.registration.Registrant;
import org.folkmoot.assemblies.internal.rounds.StandingAssembly;
import org.folkmoot.assemblies.internal.store.Logistics;
import org.folkmoot.assemblies.internal.store.Registrations;
import org.folkmoot.assemblies.internal.store.Selections;
import org.folkmoot.assemblies.internal.targets.PoolView;
import org.folkmoot.assemblies.internal.targets.TargetsCsv;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/assemblies}: commission an assembly, import the civic lottery's households, register,
 * set targets, follow the pool, select, confirm and replace, and members' logistics. Anyone reads
 * an announced assembly and what its selections published; everything about people is for the
 * module's roles only. Bad input is a 4xx problem saying what to send, with nothing written.
 */
@Component(service = AssembliesResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies")
@Path("/api/assemblies")
@Produces(MediaType.APPLICATION_JSON)
public class AssembliesResource {
    static final String CSV = "text/csv";

    public record SeedRequest(String seed) {
    }

    public record SelectionRequest(String algorithm, String seed) {
    }

    public record Call(String status) {
    }

    public record AttendanceRequest(LocalDate session, Boolean attended) {
    }

    public record PaymentRequest(String kind, Long amountPence, LocalDate paidOn, String description) {
    }

    /** A household's registration: its code, the channel ({@code phone} for officers), and its people. */
    public record HouseholdRegistration(String code, String channel, List<PersonRequest> people) {
    }

    public record PersonRequest(String name, String dateOfBirth, String email, String phone, Map<String, String> answers,
            Boolean available, String accessNeeds, Boolean consent) {
    }

    private final Recruitment recruitment;
    private final StandingAssembly standing;

    @Activate
    public AssembliesResource(@Reference Recruitment recruitment, @Reference StandingAssembly standing) {
        this.recruitment = recruitment;
        this.standing = standing;
    }

    @GET
    public List<Views.PublicAssembly> list(@Context SecurityContext sc) {
        boolean officer = Api.has(sc, AssembliesRoles.OFFICER);
        LocalDate today = recruitment.today();
        return recruitment.store().assemblies().all().stream().filter(a -> officer || a.isPublic(today))
                .map(a -> view(a, officer)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response commission(Commission c, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        Assembly a = Api.run(() -> recruitment.commission(c));
        return Response.created(URI.create("/api/assemblies/" + a.id())).entity(view(a, true)).build();
    }

    @GET
    @Path("{id}")
    public Views.PublicAssembly assembly(@PathParam("id") String id, @Context SecurityContext sc) {
        boolean officer = Api.has(sc, AssembliesRoles.OFFICER);
        return view(Api.run(() -> officer ? recruitment.assembly(id) : recruitment.announced(id)), officer);
    }

    @PUT
    @Path("{id}/seed")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.PublicAssembly fixSeed(@PathParam("id") String id, SeedRequest s, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        return view(Api.run(() -> recruitment.fixSeed(id, s == null ? null : s.seed())), true);
    }

    /** The households of a draw made with {@code bin/folkmoot lottery}: its drawn.csv, checked against the seed. */
    @POST
    @Path("{id}/households")
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Registrations.Lottery households(@PathParam("id") String id, @QueryParam("addresses") Integer addresses,
            byte[] drawnCsv, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        return Api.run(() -> recruitment.importDrawn(id, drawnCsv == null ? new byte[0] : drawnCsv, addresses));
    }

    /**
     * The civic lottery in the runtime: the body is the address file exported from the gazetteer
     * (CSV: UPRN, address lines, postcode, optional columns such as ward, LSOA or decile); the
     * seed is the one fixed in public. Answers the published account and every row left out.
     */
    @POST
    @Path("{id}/lottery")
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "application/vnd.ms-excel"})
    public Map<String, Object> lottery(@PathParam("id") String id, @QueryParam("letters") Integer letters,
            @QueryParam("strata") String strata, @QueryParam("weights") String weights, byte[] addressFile,
            @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        LotteryRun.Outcome outcome = Api.run(() -> recruitment.drawLottery(id, addressFile == null ? new byte[0] : addressFile,
                letters, strata, weights));
        return Map.of("lottery", outcome.lottery(), "problems", outcome.leftOut().stream()
                .map(p -> Map.of("line", p.line(), "severity", p.severity().name(), "message", p.english())).toList());
    }

    /** The letters as one print-ready PDF ({@code language} en, cy or both) or a mail-merge CSV: officers only. */
    @GET
    @Path("{id}/letters.pdf")
    @Produces("application/pdf")
    public Response lettersPdf(@PathParam("id") String id, @QueryParam("language") String language,
            @Context SecurityContext sc, @Context jakarta.ws.rs.core.UriInfo uri) {
        Api.require(sc, AssembliesRoles.OFFICER);
        Assembly a = Api.run(() -> recruitment.assembly(id));
        LetterLanguage lang = switch (language == null ? "en" : language) {
            case "cy" -> LetterLanguage.WELSH;
            case "both" -> LetterLanguage.BOTH;
            case "en" -> LetterLanguage.ENGLISH;
            default -> throw new BadRequestException("language is en, cy or both, not '" + language + "'.");
        };
        jakarta.ws.rs.core.StreamingOutput body = out -> new LotteryRun(recruitment.store()).pdf(a, base(uri), lang, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + id + "-letters.pdf\"").build();
    }

    @GET
    @Path("{id}/letters.csv")
    @Produces(CSV)
    public Response lettersCsv(@PathParam("id") String id, @Context SecurityContext sc, @Context jakarta.ws.rs.core.UriInfo uri) {
        Api.require(sc, AssembliesRoles.OFFICER);
        Assembly a = Api.run(() -> recruitment.assembly(id));
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            new LotteryRun(recruitment.store()).csv(a, base(uri), w);
            w.flush();
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + id + "-letters.csv\"").build();
    }

    private static String base(jakarta.ws.rs.core.UriInfo uri) {
        String b = uri.getBaseUri().toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** The drawn households with their codes (for letters): officers only. */
    @GET
    @Path("{id}/households")
    public List<Registrations.Household> households(@PathParam("id") String id, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        Api.run(() -> recruitment.assembly(id));
        return recruitment.store().registrations().households(id);
    }

    /**
     * A household registers under its code: anyone may send it (the code is the permission);
     * officers send phone registrations with {@code "channel":"phone"}. 201 with the pseudonyms.
     */
    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("id") String id, HouseholdRegistration r, @Context SecurityContext sc,
            @Context jakarta.servlet.http.HttpServletRequest request) {
        if (r == null) {
            throw new BadRequestException("Send the registration as JSON: {\"code\":..., \"people\":[...]}.");
        }
        boolean phone = "phone".equals(r.channel());
        FolkmootUser officer = phone ? Api.require(sc, AssembliesRoles.OFFICER) : null;
        List<Registrant> people = r.people() == null ? List.of() : r.people().stream().map(AssembliesResource::registrant).toList();
        String client = Api.client(sc, request);
        List<Person> saved = Api.run(() -> recruitment.register(id, r.code(), people, phone ? "phone" : "web",
                officer == null ? "" : officer.id(), client));
        return Response.status(201).entity(Map.of("registered", saved.size(),
                "pseudonyms", saved.stream().map(Person::pseudonym).toList())).build();
    }

    static Registrant registrant(PersonRequest p) {
        if (p == null) {
            return null;
        }
        LocalDate born = null;
        String dateError = null;
        if (p.dateOfBirth() != null && !p.dateOfBirth().isBlank()) {
            try {
                born = org.folkmoot.api.web.DateInput.date("dateOfBirth", p.dateOfBirth());
            } catch (IllegalArgumentException e) {
                dateError = "assemblies.error.person.dob.real";
            }
        }
        return new Registrant(p.name(), born, dateError, p.email(), p.phone(), p.answers(), p.available(), p.accessNeeds(),
                p.consent());
    }

    @GET
    @Path("{id}/registrations")
    public List<Views.Registration> registrations(@PathParam("id") String id, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        Api.run(() -> recruitment.assembly(id));
        return recruitment.store().registrations().people(id).stream().map(Views::registration).toList();
    }

    /** Erases a person on request: their registration, attendance and payments. */
    @DELETE
    @Path("{id}/registrations/{pseudonym}")
    public Response erase(@PathParam("id") String id, @PathParam("pseudonym") String pseudonym, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        if (!recruitment.store().registrations().erase(id, pseudonym)) {
            throw new NotFoundException("Nobody registered for " + id + " as " + pseudonym + ".");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/targets")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response targets(@PathParam("id") String id, @QueryParam("format") String format, @Context SecurityContext sc) {
        boolean officer = Api.has(sc, AssembliesRoles.OFFICER);
        Api.run(() -> officer ? recruitment.assembly(id) : recruitment.announced(id));
        List<Target> targets = recruitment.store().assemblies().targets(id);
        if ("csv".equals(format)) {
            return Response.ok(TargetsCsv.write(targets), CSV + "; charset=UTF-8").build();
        }
        return Response.ok(targets, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("{id}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Target> setTargets(@PathParam("id") String id, List<Target> targets, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        return Api.run(() -> recruitment.setTargets(id, targets));
    }

    /** Targets in the Sortition Foundation's CSV format ({@code category,name,min,max[,min_flex,max_flex]}). */
    @PUT
    @Path("{id}/targets")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    public List<Target> uploadTargets(@PathParam("id") String id, byte[] csv, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        return Api.run(() -> recruitment.setTargets(id,
                TargetsCsv.read(csv == null ? new byte[0] : csv, recruitment.assembly(id).panelSize())));
    }

    /** Registrations against targets: which groups are short. */
    @GET
    @Path("{id}/pool")
    public List<PoolView.Row> pool(@PathParam("id") String id, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        return Api.run(() -> recruitment.poolView(id));
    }

    /** Starts the selection in the background: 202, then follow {@code GET .../selections/1}. */
    @POST
    @Path("{id}/selections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response select(@PathParam("id") String id, SelectionRequest r, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        SelectionAlgorithm algorithm = algorithm(r == null ? null : r.algorithm());
        int round = Api.run(() -> {
            if (standing.roundOf(id).isPresent()) { // a round's members are drawn with the members carried over
                throw Refused.of("seed", "assemblies.rounds.error.selectOnRounds").withStatus(409);
            }
            return recruitment.select(id, algorithm, r == null ? null : r.seed(), user.id());
        });
        return accepted(id, round);
    }

    /** Replaces every member who left and has not been replaced, keeping the quotas: 202. */
    @POST
    @Path("{id}/replacements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, SeedRequest r, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        int round = Api.run(() -> recruitment.replace(id, r == null ? null : r.seed(), user.id()));
        return accepted(id, round);
    }

    private static Response accepted(String id, int round) {
        String where = "/api/assemblies/" + id + "/selections/" + round;
        return Response.accepted(Map.of("round", round, "status", where)).location(URI.create(where)).build();
    }

    @GET
    @Path("{id}/selections/{round}")
    public Views.PublicSelection selection(@PathParam("id") String id, @PathParam("round") int round, @Context SecurityContext sc) {
        boolean officer = Api.has(sc, AssembliesRoles.OFFICER);
        Api.run(() -> officer ? recruitment.assembly(id) : recruitment.announced(id));
        return Views.selection("/api/assemblies/" + id, selectionRound(id, round), officer);
    }

    @GET
    @Path("{id}/selections/{round}/{file}")
    @Produces(CSV)
    public Response file(@PathParam("id") String id, @PathParam("round") int round, @PathParam("file") String file) {
        Api.run(() -> recruitment.announced(id));
        Selections.Selection s = selectionRound(id, round);
        if (!s.isDone()) {
            throw new NotFoundException("Round " + round + " of " + id + " has not finished.");
        }
        String body = switch (file) {
            case "probabilities.csv" -> Publication.probabilities(s);
            case "distribution.csv" -> s.distribution();
            case "panel.csv" -> Publication.panel(s);
            default -> throw new NotFoundException("A selection publishes probabilities.csv, distribution.csv and panel.csv.");
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + id + "-round-" + round + "-" + file + "\"").build();
    }

    private Selections.Selection selectionRound(String id, int round) {
        return recruitment.store().selections().round(id, round)
                .orElseThrow(() -> new NotFoundException("Assembly " + id + " has no selection round " + round + "."));
    }

    /** The panel with contact details, for confirmation callers and officers. */
    @GET
    @Path("{id}/members")
    public List<Views.MemberView> members(@PathParam("id") String id, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.CALLER);
        Api.run(() -> recruitment.assembly(id));
        return Members.of(recruitment.store(), id);
    }

    @POST
    @Path("{id}/members/{pseudonym}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.MemberView call(@PathParam("id") String id, @PathParam("pseudonym") String pseudonym, Call call,
            @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.CALLER);
        Selections.Status status = Members.status(call == null ? null : call.status());
        if (!user.hasRole(AssembliesRoles.OFFICER) && !Members.CALLS.contains(status)) {
            throw new jakarta.ws.rs.ClientErrorException("Callers record confirmed, declined or unreachable; a withdrawal is for"
                    + " officers.", 422);
        }
        Api.run(() -> recruitment.record(id, pseudonym, status, user.id()));
        return Members.of(recruitment.store(), id).stream().filter(m -> m.pseudonym().equals(pseudonym)).findFirst().orElseThrow();
    }

    @POST
    @Path("{id}/members/{pseudonym}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attendance(@PathParam("id") String id, @PathParam("pseudonym") String pseudonym, AttendanceRequest a,
            @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.FACILITATOR);
        Assembly assembly = Api.run(() -> recruitment.assembly(id));
        if (a == null || a.session() == null || a.attended() == null || !assembly.sessions().contains(a.session())) {
            throw new jakarta.ws.rs.ClientErrorException("Send {\"session\":\"YYYY-MM-DD\",\"attended\":true}: the session is one of "
                    + assembly.sessions() + ".", 422);
        }
        recruitment.store().logistics().attendance(member(id, pseudonym).id(), a.session(), a.attended());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/members/{pseudonym}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(@PathParam("id") String id, @PathParam("pseudonym") String pseudonym, PaymentRequest p,
            @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        Api.run(() -> recruitment.assembly(id));
        if (p == null || p.amountPence() == null || p.paidOn() == null || p.kind() == null) {
            throw new jakarta.ws.rs.ClientErrorException("Send {\"kind\":\"payment\" or \"expense\",\"amountPence\":5000,"
                    + "\"paidOn\":\"YYYY-MM-DD\",\"description\":\"...\"}.", 422);
        }
        Logistics.Kind kind;
        try {
            kind = Logistics.Kind.valueOf(p.kind().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.ClientErrorException("kind is payment or expense, not '" + p.kind() + "'.", 422);
        }
        String personId = member(id, pseudonym).id();
        Api.run(() -> {
            recruitment.store().logistics().pay(personId, kind, p.amountPence(), p.paidOn(), p.description());
            return null;
        });
        return Response.status(201).build();
    }

    /** Payments and expenses for the finance team. */
    @GET
    @Path("{id}/finance.csv")
    @Produces(CSV)
    public Response finance(@PathParam("id") String id, @Context SecurityContext sc) {
        Api.require(sc, AssembliesRoles.OFFICER);
        Api.run(() -> recruitment.assembly(id));
        return Response.ok(recruitment.store().logistics().financeCsv(id), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + id + "-finance.csv\"").build();
    }

    private Person member(String id, String pseudonym) {
        boolean onPanel = recruitment.store().selections().members(id).stream().anyMatch(m -> m.pseudonym().equals(pseudonym));
        Optional<Person> person = recruitment.store().registrations().person(id, pseudonym);
        if (!onPanel || person.isEmpty()) {
            throw new NotFoundException(pseudonym + " is not a member of the panel of " + id + ".");
        }
        return person.get();
    }

    private static SelectionAlgorithm algorithm(String name) {
        if (name == null || name.isBlank()) {
            return SelectionAlgorithm.LEXIMIN;
        }
        try {
            return SelectionAlgorithm.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.ClientErrorException("algorithm is leximin (the default), maximin or legacy, not '" + name + "'.", 422);
        }
    }

    private Views.PublicAssembly view(Assembly a, boolean officer) {
        var store = recruitment.store();
        return Views.assembly(a, store.registrations().lottery(a.id()), store.assemblies().targets(a.id()),
                store.selections().rounds(a.id()), officer);
    }
}
