package org.folkmoot.assemblies.internal.rest;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
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
import org.folkmoot.api.web.Page;
import org.folkmoot.assemblies.internal.AssembliesRoles;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.evidence.RecommendationVoice;
import org.folkmoot.assemblies.internal.implementation.Implementation;
import org.folkmoot.assemblies.internal.recommendations.Draft;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.folkmoot.assemblies.internal.recommendations.Tally;
import org.folkmoot.assemblies.internal.recommendations.ThresholdRule;
import org.folkmoot.assemblies.internal.response.Responses;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * An assembly's recommendations as pages, English and Welsh, without JavaScript: the public page
 * (each recommendation with its vote, the council's answer beside it, and what was done), the
 * comparison of two versions, the member's voting page (a one-time code), and the officers' page
 * (rule and schedule, drafting, votes, responses, actions, reports; overdue responses flagged).
 */
@Component(service = RecommendationPages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.assemblies.recommendations.pages")
@Path("assemblies/{id}/recommendations")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class RecommendationPages {
    private final Recommendations recommendations;
    private final Responses responses;
    private final Implementation implementation;
    private final RecommendationVoice voice;

    @Activate
    public RecommendationPages(@Reference Recommendations recommendations, @Reference Responses responses,
            @Reference Implementation implementation, @Reference RecommendationVoice voice) {
        this.recommendations = recommendations;
        this.responses = responses;
        this.implementation = implementation;
        this.voice = voice;
    }

    @GET
    public Page list(@PathParam("id") String id, @Context SecurityContext sc) {
        Assembly a = found(() -> Api.has(sc, AssembliesRoles.OFFICER) ? recommendations.assembly(id) : recommendations.announced(id));
        Map<String, Object> model = model(a);
        model.put("officer", Api.has(sc, AssembliesRoles.OFFICER) || Api.has(sc, AssembliesRoles.FACILITATOR));
        // keyed by the number as text: FreeMarker's hashes take string keys
        Map<String, Integer> comments = new HashMap<>();
        voice.counts(a.id(), recommendations.recommendations(a.id())).forEach((n, c) -> comments.put(String.valueOf(n), c));
        model.put("comments", comments);
        return Page.of(RecommendationPages.class, "assemblies-recommendations.ftlh", model);
    }

    @GET
    @Path("{n}/versions")
    public Page compare(@PathParam("id") String id, @PathParam("n") int n, @QueryParam("from") Integer from,
            @QueryParam("to") Integer to, @QueryParam("lang") String lang) {
        Assembly a = found(() -> recommendations.announced(id));
        Recommendation r = found(() -> recommendations.recommendation(id, n));
        int later = to == null ? r.current().version() : to;
        int earlier = from == null ? Math.max(1, later - 1) : from;
        if (r.version(earlier).isEmpty() || r.version(later).isEmpty()) {
            throw new NotFoundException("Recommendation " + n + " has no version " + (r.version(earlier).isEmpty() ? earlier : later));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("r", r);
        model.put("from", r.version(earlier).get());
        model.put("to", r.version(later).get());
        model.put("en", recommendations.compare(id, n, earlier, later, "en"));
        model.put("cy", recommendations.compare(id, n, earlier, later, "cy"));
        return Page.of(RecommendationPages.class, "assemblies-recommendations-compare.ftlh", model);
    }

    /** The member's page: the code from the facilitator, then the recommendation and the choice. */
    @GET
    @Path("vote")
    public Page ballotPaper(@PathParam("id") String id, @QueryParam("code") String code, @QueryParam("lang") String lang,
            @Context SecurityContext sc, @Context HttpServletRequest request) {
        Assembly a = found(() -> recommendations.announced(id));
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("code", code == null ? "" : code.strip());
        if (code == null || code.isBlank()) {
            return Page.of(RecommendationPages.class, "assemblies-recommendations-vote.ftlh", model);
        }
        try {
            model.put("r", recommendations.ballotPaper(id, code, Api.client(sc, request)));
            return Page.of(RecommendationPages.class, "assemblies-recommendations-vote.ftlh", model);
        } catch (Refused e) {
            model.put(Page.ERRORS, e.errors(language(lang)));
            return Page.of(RecommendationPages.class, "assemblies-recommendations-vote.ftlh", model).withStatus(statusOf(e));
        }
    }

    @POST
    @Path("vote")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Page cast(@PathParam("id") String id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang,
            @Context SecurityContext sc, @Context HttpServletRequest request) {
        Assembly a = found(() -> recommendations.announced(id));
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        String code = form.getFirst("code");
        model.put("code", code == null ? "" : code);
        try {
            int n = recommendations.cast(id, code, form.getFirst("choice"), Api.client(sc, request));
            model.put("voted", n);
            return Page.of(RecommendationPages.class, "assemblies-recommendations-vote.ftlh", model);
        } catch (Refused e) {
            model.put(Page.ERRORS, e.errors(language(lang)));
            if (!e.errors().containsKey("code")) {
                try {
                    model.put("r", recommendations.ballotPaper(id, code, Api.client(sc, request)));
                } catch (Refused codeRefused) {
                    // no choice made, and the code is no good either: the code's error is the one to show
                    model.put(Page.ERRORS, codeRefused.errors(language(lang)));
                    return Page.of(RecommendationPages.class, "assemblies-recommendations-vote.ftlh", model)
                            .withStatus(statusOf(codeRefused));
                }
            }
            return Page.of(RecommendationPages.class, "assemblies-recommendations-vote.ftlh", model).withStatus(statusOf(e));
        }
    }

    @GET
    @Path("officers")
    public Page officers(@PathParam("id") String id, @Context SecurityContext sc) {
        FolkmootUser user = Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.FACILITATOR);
        return officersPage(id, user, Map.of(), Map.of(), null);
    }

    @POST
    @Path("officers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") String id, MultivaluedMap<String, String> form, @QueryParam("lang") String lang,
            @Context SecurityContext sc) {
        String action = form.getFirst("action") == null ? "" : form.getFirst("action");
        boolean facilitatorMay = List.of("draft", "revise", "count", "devices", "close-vote").contains(action);
        FolkmootUser user = facilitatorMay ? Api.require(sc, AssembliesRoles.OFFICER, AssembliesRoles.FACILITATOR)
                : Api.require(sc, AssembliesRoles.OFFICER);
        found(() -> recommendations.assembly(id));
        Map<String, String> v = new HashMap<>();
        form.forEach((k, x) -> v.put(k, x.isEmpty() ? "" : x.get(0)));
        String p = v.containsKey("number") ? "r" + v.get("number") + "-" : "";
        try {
            List<Recommendations.IssuedCode> codes = null;
            switch (action) {
                case "settings" -> recommendations.configure(id, ThresholdRule.of(v.get("threshold"), v.get("abstentions")),
                        whole(v, "firstReportMonths", ""), whole(v, "reportEveryMonths", ""), user.id());
                case "draft" -> recommendations.draft(id, draft(v, "new-", user), user.id());
                case "revise" -> recommendations.revise(id, number(v), draft(v, p, user));
                case "count" -> recommendations.enterCount(id, number(v), new Tally(count(v, p, "inFavour"), count(v, p, "against"),
                        count(v, p, "abstain")), date(v, p + "heldOn"), user.id());
                case "devices" -> {
                    codes = recommendations.openDeviceVote(id, number(v), date(v, "r" + v.get("number") + "-devicesOn"), user.id());
                }
                case "close-vote" -> recommendations.closeDeviceVote(id, number(v));
                case "respond" -> responses.respond(id, number(v), new Responses.Answer(v.get(p + "decision"), v.get(p + "reasonsEn"),
                        v.get(p + "reasonsCy"), v.get(p + "service"), date(v, p + "respondedOn")), user.id());
                case "add-action" -> implementation.addAction(id, number(v), v.get(p + "titleEn"), v.get(p + "titleCy"),
                        v.get(p + "service"));
                case "update-action" -> {
                    String a = "a" + v.getOrDefault("actionId", "") + "-";
                    p = a;
                    implementation.update(id, v.get("actionId"), new Implementation.Update(date(v, a + "onDate"), v.get(a + "status"),
                            whole(v, "progress", a), v.get(a + "noteEn"), v.get(a + "noteCy")), user.id());
                }
                case "report" -> {
                    p = "report-";
                    implementation.publishReport(id, parse(v.get("dueOn")), date(v, p + "publishedOn"), v.get(p + "summaryEn"),
                            v.get(p + "summaryCy"), user.id());
                }
                case "close" -> recommendations.close(id, user.id());
                default -> throw Refused.of("action", "assemblies.recommendations.error.action");
            }
            if (codes != null) {
                return Response.status(201).entity(officersPage(id, user, Map.of(), Map.of(), codes).withStatus(201))
                        .header("Cache-Control", "no-store").build();
            }
        } catch (Refused r) {
            Map<String, String> errors = new LinkedHashMap<>();
            String prefix = "draft".equals(action) ? "new-" : p;
            r.errors(language(lang)).forEach((f, m) -> errors.put(field(action, prefix, f, v.get("number")), m));
            int status = statusOf(r);
            return Response.status(status).entity(officersPage(id, user, v, errors, null).withStatus(status)).build();
        }
        return Response.seeOther(URI.create("/assemblies/" + id + "/recommendations/officers" + ("cy".equals(lang) ? "?lang=cy" : "")))
                .build();
    }

    /** The id of the field a refusal belongs beside: the form's own field, with its recommendation's or action's prefix. */
    private static String field(String action, String prefix, String refused, String number) {
        if ("devices".equals(action) && !refused.equals("action")) {
            return "r" + number + "-devicesOn";
        }
        return refused.equals("action") || refused.startsWith(prefix) ? refused : prefix + refused;
    }

    private Page officersPage(String id, FolkmootUser user, Map<String, String> values, Map<String, String> errors,
            List<Recommendations.IssuedCode> codes) {
        Assembly a = found(() -> recommendations.assembly(id));
        Map<String, Object> model = model(a);
        model.put("csrf", user.csrfToken());
        model.put("isOfficer", user.hasRole(AssembliesRoles.OFFICER));
        model.put("values", values);
        model.put(Page.ERRORS, errors);
        model.put("membership", recommendations.membership(id));
        Map<Integer, Integer> turnout = new HashMap<>();
        ((Implementation.Tracked) model.get("tracked")).recommendations().stream().filter(r -> r.vote().map(x -> x.open()).orElse(false))
                .forEach(r -> turnout.put(r.number(), recommendations.turnout(id, r.number())));
        model.put("turnout", turnout);
        if (codes != null) {
            model.put("codes", codes);
        }
        return Page.of(RecommendationPages.class, "assemblies-recommendations-officers.ftlh", model);
    }

    private Map<String, Object> model(Assembly a) {
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("tracked", implementation.tracked(a.id()));
        model.put("d", recommendations.settings(a.id()));
        model.put("today", recommendations.today());
        return model;
    }

    private static Draft draft(Map<String, String> v, String p, FolkmootUser user) {
        String by = v.getOrDefault(p + "changedBy", "").isBlank() ? user.id() : v.get(p + "changedBy");
        return new Draft(v.get(p + "titleEn"), v.get(p + "titleCy"), v.get(p + "textEn"), v.get(p + "textCy"), by, v.get(p + "note"));
    }

    private static int number(Map<String, String> v) {
        try {
            return Integer.parseInt(v.getOrDefault("number", ""));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No recommendation " + v.get("number") + ".");
        }
    }

    private static int count(Map<String, String> v, String p, String field) {
        Integer n = whole(v, field, p);
        if (n == null || n < 0) {
            throw Refused.of(p + field, "assemblies.recommendations.error.counts");
        }
        return n;
    }

    /** A whole number typed in a form, or null when left empty; refused beside its field when not a number. */
    private static Integer whole(Map<String, String> v, String field, String p) {
        String s = v.getOrDefault(p + field, "").strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw Refused.of(p + field, "assemblies.recommendations.error.number");
        }
    }

    /** A date typed as day, month and year; refused beside its field when it is not a real date. */
    static LocalDate date(Map<String, String> v, String field) {
        String day = v.getOrDefault(field + "-day", "").strip();
        String month = v.getOrDefault(field + "-month", "").strip();
        String year = v.getOrDefault(field + "-year", "").strip();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        try {
            if (year.length() != 4) {
                throw new DateTimeException("a year has four figures");
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            throw Refused.of(field, "assemblies.recommendations.error.date");
        }
    }

    private static LocalDate parse(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeException e) {
            throw Refused.of("dueOn", "assemblies.recommendations.error.date");
        }
    }

    private static int statusOf(Refused r) {
        return r.status() == 409 || r.status() == 429 ? r.status() : 422;
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
