package org.folkmoot.connector.consul.internal.pages;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.jobs.JobStatus;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.PageRenderer;
import org.folkmoot.connector.consul.internal.ConsulRoles;
import org.folkmoot.connector.consul.internal.client.ItemType;
import org.folkmoot.connector.consul.internal.site.ConsulSite;
import org.folkmoot.connector.consul.internal.site.FollowedSite;
import org.folkmoot.connector.consul.internal.site.FollowedSites;
import org.folkmoot.connector.consul.internal.sync.SiteState;
import org.folkmoot.connector.consul.internal.sync.SyncRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The officers' pages: {@code /connectors/consul} lists the configured sources; {@code /connectors/consul/sites/<host>}
 * shows one: the last sync and what it did, items by type and where they stand, the backlog of a sync under way,
 * problems with what to do next, and a button to sync now (a form posted with the session's CSRF token).
 */
@Component(service = SourcePages.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.connector-consul.pages")
@Path("connectors/consul")
public class SourcePages {

    static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final FollowedSites sites;
    private final JobScheduler jobs;
    private final Clock clock;

    @Activate
    public SourcePages(@Reference FollowedSites sites, @Reference JobScheduler jobs) {
        this(sites, jobs, Clock.systemUTC());
    }

    /** Over given parts, for tests. */
    public SourcePages(FollowedSites sites, JobScheduler jobs, Clock clock) {
        this.sites = sites;
        this.jobs = jobs;
        this.clock = clock;
    }

    @GET
    @Produces(HTML)
    @RolesAllowed(ConsulRoles.OFFICER)
    public Page sources(@Context SecurityContext sc) {
        officer(sc);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FollowedSite s : sites.all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("host", s.host());
            row.put("problem", s.problem());
            List<SyncRun> last = s.problem().isEmpty() ? s.store().runs(s.host(), 1) : List.of();
            row.put("last", last.isEmpty() ? Map.of() : run(last.get(0)));
            rows.add(row);
        }
        return Page.of(SourcePages.class, "consul-sources.ftlh", Map.of("sources", rows));
    }

    @GET
    @Path("sites/{host}")
    @Produces(HTML)
    @RolesAllowed(ConsulRoles.OFFICER)
    public Page source(@PathParam("host") String host, @QueryParam("requested") String requested, @Context SecurityContext sc) {
        FolkmootUser user = officer(sc);
        FollowedSite site = site(host);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("host", site.host());
        model.put("problem", site.problem());
        model.put("siteUrl", site.site().map(ConsulSite::url).orElse(site.configuredUrl()));
        model.put("every", site.site().map(s -> s.syncEvery().toMinutes()).orElse(0L));
        model.put("rate", site.site().map(ConsulSite::requestsPerMinute).orElse(0));
        model.put("requested", requested != null);
        model.put("csrf", user.csrfToken());
        SiteState state = site.store().state(site.host());
        model.put("underWay", state.underWay());
        model.put("backlogCollection", state.underWay() ? state.collection().id() : "");
        model.put("pagesDone", state.pagesDone());
        model.put("runs", site.store().runs(site.host(), 10).stream().map(SourcePages::run).toList());
        model.put("counts", counts(site.store().counts(site.host())));
        model.put("jobs", jobs(site.host()));
        return Page.of(SourcePages.class, "consul-source.ftlh", model);
    }

    /** "Sync now": a sync as a job run once across runtimes; back to the page with a banner. */
    @POST
    @Path("sites/{host}/sync")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @RolesAllowed(ConsulRoles.OFFICER)
    public Response syncNow(@PathParam("host") String host, @QueryParam(PageRenderer.LANGUAGE_PARAMETER) String lang,
            @Context SecurityContext sc) {
        officer(sc);
        FollowedSite site = site(host);
        if (!site.problem().isEmpty()) {
            throw new ClientErrorException("This site's configuration cannot be followed: " + site.problem(), 409);
        }
        site.syncNow(clock.instant());
        String query = "?requested=1" + ("cy".equals(lang) ? "&" + PageRenderer.LANGUAGE_PARAMETER + "=cy" : "");
        return Response.seeOther(URI.create("/connectors/consul/sites/" + site.host() + query)).build();
    }

    private FollowedSite site(String host) {
        return sites.byHost(host == null ? "" : host.strip())
                .orElseThrow(() -> new NotFoundException("No CONSUL site " + host + " is configured here."));
    }

    private static FolkmootUser officer(SecurityContext sc) {
        FolkmootUser user = FolkmootUser.of(sc).orElseThrow(() -> new NotAuthorizedException("Sign in first.", "Bearer"));
        if (!user.hasRole(ConsulRoles.OFFICER)) {
            throw new ForbiddenException("You are not an officer of the CONSUL connector.");
        }
        return user;
    }

    private static Map<String, Object> run(SyncRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", r.outcome());
        m.put("started", r.startedAt());
        m.put("startedTime", TIME.format(r.startedAt().atZone(UK)));
        m.put("created", r.counts().created());
        m.put("edited", r.counts().edited());
        m.put("hidden", r.counts().hidden());
        m.put("erased", r.counts().erased());
        m.put("unchanged", r.counts().unchanged());
        m.put("requests", r.counts().requests());
        m.put("problem", r.problem());
        m.put("advice", r.advice());
        return m;
    }

    private static List<Map<String, Object>> counts(Map<String, Map<String, Integer>> byType) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ItemType t : ItemType.values()) {
            Map<String, Integer> c = byType.getOrDefault(t.id(), Map.of());
            rows.add(Map.of("type", t.id(), "present", c.getOrDefault("present", 0), "gone", c.getOrDefault("gone", 0),
                    "erased", c.getOrDefault("erased", 0), "refused", c.getOrDefault("refused", 0)));
        }
        return rows;
    }

    private List<Map<String, Object>> jobs(String host) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JobStatus j : jobs.jobs(FollowedSite.SYNC_JOB)) {
            if (!j.key().startsWith(host + "|") || "DONE".equals(j.state())) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("due", j.dueAt());
            m.put("dueTime", TIME.format(j.dueAt().atZone(UK)));
            m.put("error", j.lastError().orElse(""));
            out.add(m);
        }
        return out;
    }
}
