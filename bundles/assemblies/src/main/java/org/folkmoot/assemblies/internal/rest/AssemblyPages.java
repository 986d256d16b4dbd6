package org.folkmoot.assemblies.internal.rest;

import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.folkmoot.api.web.BodyLimit;
import org.folkmoot.api.web.FormUploads;
import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.UploadedFile;
import org.folkmoot.api.web.UploadedForm;
import org.folkmoot.assemblies.internal.AssembliesRoles;
import org.folkmoot.assemblies.internal.LotteryDraws;
import org.folkmoot.assemblies.internal.Recruitment;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.Wording;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.commission.CommissionCheck;
import org.folkmoot.assemblies.internal.commission.Question;
import org.folkmoot.assemblies.internal.commission.StandardQuestions;
import org.folkmoot.assemblies.internal.registration.Person;
import org.folkmoot.assemblies.internal.registration.Registrant;
import org.folkmoot.assemblies.internal.rounds.StandingAssembly;
import org.folkmoot.assemblies.internal.selection.Outcome;
import org.folkmoot.assemblies.internal.store.Selections;
import org.folkmoot.assemblies.internal.targets.TargetsCsv;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * The module's pages, in English and Welsh, without JavaScript: the list of assemblies, an
 * assembly's public page (the commission, the lottery, the published selection), the registration
 * form for a household with a code, and the officers' pages (registrations against targets,
 * selection with its progress, confirmation calls, replacements, phone registrations).
 */
@Component(service = AssemblyPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.pages")
@Path("assemblies")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class AssemblyPages {
    /** Form slots: the code-holder and up to this many others in the household aged 16 or over. */
    static final int SLOTS = 3;

    /** The largest address file taken: 2,000,000 rows of a gazetteer's export with a few columns of strata. */
    static final long MAX_ADDRESS_FILE = 400L * 1024 * 1024;

    private final Recruitment recruitment;
    private final LotteryDraws draws;
    private final FormUploads uploads;
    private final StandingAssembly standing;

    @Activate
    public AssemblyPages(@Reference Recruitment recruitment, @Reference LotteryDraws draws, @Reference FormUploads uploads,
            @Reference StandingAssembly standing) {
        this.recruitment = recruitment;
        this.draws = draws;
        this.uploads = uploads;
        this.standing = standing;
    }

    @GET
    public Page list(@Context SecurityContext sc) {
        LocalDate today = recruitment.today();
        boolean officer = Api.has(sc, AssembliesRoles.OFFICER);
        List<Assembly> shown = recruitment.store().assemblies().all().stream().filter(a -> officer || a.isPublic(today)).toList();
        return Page.of(AssemblyPages.class, "assemblies-list.ftlh", Map.of("assemblies", shown, "officer", officer, "today", today));
    }

    /** The form that commissions a new assembly. */
    @GET
    @Path("commission")
    public Page commissionForm(@Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        Map<String, String> values = new HashMap<>();
        return commissionPage(null, user, values, StandardQuestions.all().stream().map(Question::category).toList(), Map.of());
    }

    @POST
    @Path("commission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response commission(MultivaluedMap<String, String> form, @QueryParam("lang") String lang, @Context SecurityContext sc) {
        return saveCommission(null, form, lang, Api.require(sc, AssembliesRoles.OFFICER));
    }

    /** The same form, filled in, to amend an assembly's commission. */
    @GET
    @Path("{id}/officers/commission")
    public Page amendForm(@PathParam("id") String id, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        Assembly a = found(() -> recruitment.assembly(id));
        return commissionPage(a, user, CommissionForm.values(a), List.of(), Map.of());
    }

    @POST
    @Path("{id}/officers/commission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amend(@PathParam("id") String id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang,
            @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        return saveCommission(found(() -> recruitment.assembly(id)), form, lang, user);
    }

    private Response saveCommission(Assembly existing, MultivaluedMap<String, String> form, String lang, FolkmootUser user) {
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        List<String> chosen = form.getOrDefault("questions", List.of());
        CommissionForm.Read read = CommissionForm.read(values, chosen, Optional.ofNullable(existing));
        String language = "cy".equals(lang) ? "cy" : "en";
        Map<String, String> rules = Map.of();
        int status = 422;
        Assembly saved = null;
        String id = read.commission().id();
        if (existing == null && !id.isEmpty() && recruitment.store().assemblies().find(id).isPresent()) {
            rules = Map.of("id", "assemblies.officers.commission.id.taken");
        } else {
            try {
                if (read.errors().isEmpty()) {
                    saved = recruitment.commission(read.commission());
                } else {
                    CommissionCheck.assembly(read.commission()); // every fault at once, not only the boxes'
                }
            } catch (Refused r) {
                rules = r.errors(language);
                status = r.status() == 409 ? 409 : 422;
            }
        }
        if (saved != null) {
            String back = "/assemblies/" + saved.id() + "/officers" + ("cy".equals(lang) ? "?lang=cy" : "");
            return Response.seeOther(URI.create(back)).build();
        }
        Map<String, String> errors = CommissionForm.merge(read.errors(), rules);
        return Response.status(status).entity(commissionPage(existing, user, values, chosen, errors).withStatus(status)).build();
    }

    private Page commissionPage(Assembly existing, FolkmootUser user, Map<String, String> values, List<String> chosen,
            Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("amending", existing != null);
        model.put("id", existing == null ? "" : existing.id());
        model.put("action", existing == null ? "/assemblies/commission" : "/assemblies/" + existing.id() + "/officers/commission");
        model.put("csrf", user.csrfToken());
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        model.put("oversightRows", CommissionForm.rows(values, "oversight", 3));
        model.put("sessionRows", CommissionForm.rows(values, "session", 3));
        model.put("timelineRows", CommissionForm.rows(values, "timeline", 2));
        model.put("questions", existing == null ? List.of() : existing.questions());
        model.put("standard", StandardQuestions.all());
        model.put("chosen", chosen);
        return Page.of(AssemblyPages.class, "assemblies-commission.ftlh", model);
    }

    @GET
    @Path("{id}")
    public Page assembly(@PathParam("id") String id, @Context SecurityContext sc) {
        // officers see an assembly's page before it is announced, as the public will see it
        Assembly a = found(() -> Api.has(sc, AssembliesRoles.OFFICER) ? recruitment.assembly(id) : recruitment.announced(id));
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("lottery", recruitment.store().registrations().lottery(id).orElse(null));
        model.put("targets", recruitment.store().assemblies().targets(id));
        List<Selections.Selection> rounds = recruitment.store().selections().rounds(id);
        model.put("rounds", rounds.stream().filter(Selections.Selection::isDone).toList());
        Map<String, Double> possible = new HashMap<>();
        rounds.stream().filter(Selections.Selection::isDone).forEach(r -> possible.put(Integer.toString(r.round()),
                Publication.smallestPossible(r)));
        model.put("smallestPossible", possible);
        model.put("members", recruitment.store().selections().members(id));
        model.put("officer", Api.has(sc, AssembliesRoles.OFFICER));
        return Page.of(AssemblyPages.class, "assemblies-assembly.ftlh", model);
    }

    @GET
    @Path("{id}/register")
    public Page registerForm(@PathParam("id") String id, @QueryParam("code") String code) {
        Assembly a = found(() -> recruitment.announced(id));
        Map<String, String> values = new HashMap<>();
        values.put("code", code == null ? "" : code.strip());
        return registerPage(a, values, Map.of(), null, false);
    }

    @POST
    @Path("{id}/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Page register(@PathParam("id") String id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang,
            @Context SecurityContext sc, @Context jakarta.servlet.http.HttpServletRequest request) {
        return registerAs(id, form, lang, sc, request, false);
    }

    /** Phone registrations, entered by officers with the code the caller reads from their letter. */
    @GET
    @Path("{id}/officers/phone")
    public Page phoneForm(@PathParam("id") String id, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        Assembly a = found(() -> recruitment.assembly(id));
        return registerPage(a, Map.of("csrf", user.csrfToken()), Map.of(), null, true);
    }

    @POST
    @Path("{id}/officers/phone")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Page phone(@PathParam("id") String id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang,
            @Context SecurityContext sc, @Context jakarta.servlet.http.HttpServletRequest request) {
        Api.require(sc, AssembliesRoles.OFFICER);
        return registerAs(id, form, lang, sc, request, true);
    }

    private Page registerAs(String id, MultivaluedMap<String, String> form, String lang, SecurityContext sc,
            jakarta.servlet.http.HttpServletRequest request, boolean phone) {
        Assembly a = found(() -> phone ? recruitment.assembly(id) : recruitment.announced(id));
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        List<Registrant> people = new ArrayList<>();
        for (int n = 1; n <= SLOTS; n++) {
            people.add(registrant(a, values, "p" + n + "-"));
        }
        Optional<FolkmootUser> user = FolkmootUser.of(sc);
        String client = Api.client(sc, request);
        user.ifPresent(u -> values.put("csrf", u.csrfToken()));
        try {
            List<Person> saved = recruitment.register(id, values.get("code"), people, phone ? "phone" : "web",
                    phone ? user.map(FolkmootUser::id).orElse("") : "", client);
            return registerPage(a, phone ? Map.of("csrf", values.getOrDefault("csrf", "")) : Map.of(), Map.of(), saved, phone);
        } catch (Refused r) {
            int status = r.status() == 429 ? 429 : r.status() == 409 ? 409 : 422;
            return registerPage(a, values, r.errors("cy".equals(lang) ? "cy" : "en"), null, phone).withStatus(status);
        }
    }

    /** One person's slot of the form: {@code p<n>-name}, {@code p<n>-dob-day}... */
    static Registrant registrant(Assembly a, Map<String, String> values, String f) {
        String day = values.getOrDefault(f + "dob-day", "").strip();
        String month = values.getOrDefault(f + "dob-month", "").strip();
        String year = values.getOrDefault(f + "dob-year", "").strip();
        LocalDate born = null;
        String dateError = null;
        if (!(day.isEmpty() && month.isEmpty() && year.isEmpty())) {
            try {
                born = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
                if (year.length() != 4) {
                    throw new DateTimeException("a year has four figures");
                }
            } catch (NumberFormatException | DateTimeException e) {
                born = null;
                dateError = "assemblies.error.person.dob.real";
            }
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question q : a.questions()) {
            String v = values.get(f + q.category());
            if (v != null) {
                answers.put(q.category(), v);
            }
        }
        return new Registrant(values.get(f + "name"), born, dateError, values.get(f + "email"), values.get(f + "phone"), answers,
                values.containsKey(f + "available"), values.get(f + "accessNeeds"), values.containsKey(f + "consent"));
    }

    private Page registerPage(Assembly a, Map<String, String> values, Map<String, String> errors, List<Person> saved,
            boolean phone) {
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        model.put("slots", SLOTS);
        model.put("asked", a.questions().stream().filter(q -> !q.fromDateOfBirth()).toList());
        model.put("phone", phone);
        model.put("action", phone ? "/assemblies/" + a.id() + "/officers/phone" : "/assemblies/" + a.id() + "/register");
        if (saved != null) {
            model.put("saved", saved.size());
        }
        return Page.of(AssemblyPages.class, "assemblies-register.ftlh", model);
    }

    /**
     * The civic lottery's page: the seed fixed in public, the address file uploaded with the letters,
     * strata column and weights, the draw's progress, what was left out, and the letters to download.
     */
    @GET
    @Path("{id}/officers/lottery")
    public Page lottery(@PathParam("id") String id, @QueryParam("lang") String lang, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        Assembly a = found(() -> recruitment.assembly(id));
        return lotteryPage(a, user, Map.of(), Map.of(), language(lang));
    }

    @POST
    @Path("{id}/officers/lottery")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @BodyLimit(bytes = MAX_ADDRESS_FILE)
    public Response upload(@PathParam("id") String id, @QueryParam("lang") String lang, @HeaderParam("Content-Type") String type,
            InputStream body, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER);
        Assembly a = found(() -> recruitment.assembly(id));
        String language = language(lang);
        Map<String, String> values = new HashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        try (UploadedForm form = uploads.read(type, body)) {
            for (String field : List.of("letters", "strata", "weights")) {
                values.put(field, form.field(field).orElse("").strip());
            }
            Integer letters = null;
            try {
                letters = Integer.valueOf(values.get("letters"));
            } catch (NumberFormatException e) {
                errors.put("letters", "assemblies.error.lottery.letters");
            }
            Optional<UploadedFile> file = form.file("addresses");
            if (file.isEmpty() || file.get().size() == 0) {
                errors.put("addresses", "assemblies.officers.lottery.choose");
            }
            if (errors.isEmpty()) {
                try (InputStream in = file.get().open()) {
                    draws.start(a, file.get().filename(), in, letters, values.get("strata"), values.get("weights"));
                } catch (Refused r) {
                    r.errors(language).forEach((f, m) -> errors.put("seed".equals(f) ? "addresses" : f, m));
                }
            }
        } catch (FormUploads.Refused | java.io.IOException e) {
            errors.put("addresses", "assemblies.officers.lottery.unreadable");
        }
        if (!errors.isEmpty()) {
            return Response.status(422).entity(lotteryPage(a, user, values, errors, language).withStatus(422)).build();
        }
        return Response.seeOther(URI.create("/assemblies/" + id + "/officers/lottery" + ("cy".equals(language) ? "?lang=cy" : "")))
                .build();
    }

    private Page lotteryPage(Assembly a, FolkmootUser user, Map<String, String> values, Map<String, String> errors, String language) {
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("csrf", user.csrfToken());
        model.put("values", values);
        Optional<LotteryDraws.Draw> draw = draws.latest(a.id());
        Map<String, String> shown = new LinkedHashMap<>(errors);
        // a draw refused for what was in its file: the form again, with why beside the field
        draw.filter(d -> d.stage() == LotteryDraws.Stage.REFUSED || d.stage() == LotteryDraws.Stage.FAILED).ifPresent(d ->
                d.refusals().forEach((f, w) -> shown.putIfAbsent("seed".equals(f) ? "addresses" : f, w.in(language))));
        model.put(Page.ERRORS, shown);
        draw.ifPresent(d -> {
            model.put("draw", d);
            model.put("leftOut", d.leftOut().stream().map(p -> Map.of("line", p.line(),
                    "text", Wording.of(p.key(), p.arguments().toArray()).in(language))).toList());
        });
        model.put("lottery", recruitment.store().registrations().lottery(a.id()).orElse(null));
        return Page.of(AssemblyPages.class, "assemblies-lottery.ftlh", model);
    }

    private static String language(String lang) {
        return "cy".equals(lang) ? "cy" : "en";
    }

    /** The officers' page: letters and registrations against targets, selection, calls, replacements. */
    @GET
    @Path("{id}/officers")
    public Page officers(@PathParam("id") String id, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.CALLER);
        return officersPage(id, user, Map.of(), Map.of()).withStatus(200);
    }

    @POST
    @Path("{id}/officers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") String id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang,
            @Context SecurityContext sc) {
        String action = form.getFirst("action");
        FolkmootUser user = "call".equals(action) ? Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.CALLER)
                : Api.require(sc, AssembliesRoles.OFFICER);
        found(() -> recruitment.assembly(id));
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        try {
            switch (action == null ? "" : action) {
                case "seed" -> recruitment.fixSeed(id, values.get("seed"));
                case "targets" -> recruitment.setTargets(id, TargetsCsv.read(values.getOrDefault("targets", "")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), recruitment.assembly(id).panelSize()));
                case "select" -> {
                    if (standing.roundOf(id).isPresent()) {
                        throw Refused.of("selectionSeed", "assemblies.rounds.error.selectOnRounds").withStatus(409);
                    }
                    recruitment.select(id, algorithm(values.get("algorithm")), values.get("selectionSeed"), user.id());
                }
                case "replace" -> recruitment.replace(id, values.get("replacementSeed"), user.id());
                case "call" -> recruitment.record(id, values.get("member"), callersStatus(user, values.get("status")), user.id());
                default -> throw Refused.of("action", "assemblies.error.action");
            }
        } catch (Refused r) {
            Map<String, String> errors = new LinkedHashMap<>();
            r.errors("cy".equals(lang) ? "cy" : "en").forEach((f, m) -> errors.put(field(action, f, values.get("member")), m));
            int status = r.status() == 409 ? 409 : 422;
            return Response.status(status).entity(officersPage(id, user, values, errors).withStatus(status)).build();
        } catch (jakarta.ws.rs.ClientErrorException e) {
            Map<String, String> errors = Map.of(field(action, "status", values.get("member")), "assemblies.officers.callers.status");
            return Response.status(422).entity(officersPage(id, user, values, errors).withStatus(422)).build();
        }
        String back = "/assemblies/" + id + "/officers" + ("cy".equals(lang) ? "?lang=cy" : "");
        return Response.seeOther(URI.create(back)).build();
    }

    /** The id of the field a refusal belongs beside on the officers' page. */
    private static String field(String action, String refusedField, String member) {
        return switch (action == null ? "" : action) {
            case "select" -> "selectionSeed";
            case "replace" -> "replacementSeed";
            case "call" -> "status-" + member;
            default -> refusedField;
        };
    }

    private Page officersPage(String id, FolkmootUser user, Map<String, String> values, Map<String, String> errors) {
        Assembly a = found(() -> recruitment.assembly(id));
        var store = recruitment.store();
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("csrf", user.csrfToken());
        model.put("isOfficer", user.hasRole(AssembliesRoles.OFFICER));
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        model.put("lottery", store.registrations().lottery(id).orElse(null));
        List<Person> people = user.hasRole(AssembliesRoles.OFFICER) ? store.registrations().people(id) : List.of();
        model.put("people", people);
        model.put("households", people.stream().map(Person::householdCode).distinct().count());
        model.put("pool", recruitment.poolView(id));
        List<Selections.Selection> rounds = store.selections().rounds(id);
        model.put("rounds", rounds);
        model.put("working", rounds.stream().anyMatch(Selections.Selection::isWorking));
        model.put("failed", rounds.stream().filter(s -> "FAILED".equals(s.state())).reduce((x, y) -> y)
                .flatMap(Selections.Selection::problem).map(Outcome::read).orElse(null));
        model.put("selected", rounds.stream().anyMatch(s -> s.round() == 1 && s.isDone()));
        model.put("members", Members.of(store, id));
        model.put("algorithms", List.of("LEXIMIN", "MAXIMIN", "LEGACY"));
        model.put("targetsCsv", values.containsKey("targets") ? values.get("targets") : TargetsCsv.write(store.assemblies().targets(id)));
        model.put("standingId", standing.standingOf(id));
        model.put("roundOf", standing.roundOf(id).orElse(null));
        model.put("statuses", user.hasRole(AssembliesRoles.OFFICER) ? List.of("CONFIRMED", "DECLINED", "UNREACHABLE", "WITHDRAWN")
                : Members.CALLS.stream().map(Enum::name).toList());
        return Page.of(AssemblyPages.class, "assemblies-officers.ftlh", model);
    }

    /** What a call found: callers record confirmed, declined or unreachable; officers also a withdrawal. */
    private static Selections.Status callersStatus(FolkmootUser user, String status) {
        Selections.Status s = Members.status(status == null ? "" : status);
        if (!user.hasRole(AssembliesRoles.OFFICER) && !Members.CALLS.contains(s)) {
            throw new jakarta.ws.rs.ClientErrorException("Callers record confirmed, declined or unreachable.", 422);
        }
        return s;
    }

    private static SelectionAlgorithm algorithm(String name) {
        try {
            return name == null || name.isBlank() ? SelectionAlgorithm.LEXIMIN : SelectionAlgorithm.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw Refused.of("algorithm", "assemblies.error.algorithm");
        }
    }

    private static <T> T found(java.util.function.Supplier<T> find) {
        try {
            return find.get();
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
