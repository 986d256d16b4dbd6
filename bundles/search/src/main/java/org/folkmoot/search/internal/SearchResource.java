package org.folkmoot.search.internal;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.folkmoot.api.web.DateInput;
import org.folkmoot.search.internal.index.Facet;
import org.folkmoot.search.internal.index.SearchRequest;
import org.folkmoot.search.internal.index.SearchResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/search} (JSON), {@code GET /api/search/suggest}, {@code GET /api/search/similar/{id}}
 * and {@code GET /api/search/status}; the page {@code GET /search} is {@link SearchPage}. Rooted at
 * {@code api/search}, not at the root: Jersey picks the root resource by its own path first, so a method
 * path {@code api/search} under {@code @Path("")} is never reached while another bundle has {@code @Path("/api")}.
 * Parameters (all optional):
 * <ul>
 * <li>{@code q}: the resident's words; quotes for phrases, {@code -word} to exclude, {@code |} for or</li>
 * <li>{@code module}, {@code container} ({@code type/id}), {@code parent} (the container's parent, {@code type/id}),
 * {@code kind}, {@code locality}, {@code language},
 * {@code year}: filters, each repeatable (values of one are or-ed, different ones and-ed)</li>
 * <li>{@code from}, {@code until}: dates {@code 2024-01-31} (inclusive)</li>
 * <li>{@code sort}: {@code relevance} (default) or {@code newest}</li>
 * <li>{@code offset} (default 0) and {@code limit} (1 to 100, default 10)</li>
 * </ul>
 * Whatever {@code q} holds, the answer is never an error: malformed queries just find less.
 */
@Component(service = SearchResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.search.api")
@Path("api/search")
public class SearchResource {

    /**
     * One hit as JSON; {@code snippet} is HTML with the resident's words in {@code <mark>}; {@code licence}, for
     * what came from elsewhere under one (a Decidim site's ODbL), its name, url and attribution, else null.
     */
    public record Hit(String id, String title, String snippet, String module, Container container, String kind,
            String locality, String language, Instant created, String url, org.folkmoot.api.container.Licence licence) {

        public Hit(String id, String title, String snippet, String module, Container container, String kind,
                String locality, String language, Instant created, String url) {
            this(id, title, snippet, module, container, kind, locality, language, created, url, null);
        }
    }

    /**
     * What it was said in; {@code titleCy} is the Welsh title (the English one where the module gives none);
     * {@code parentTitle} and {@code parentTitleCy} name the container's parent (the asset a case is about),
     * null when it has none.
     */
    public record Container(String type, String id, String title, String titleCy, String parentTitle,
            String parentTitleCy) {

        public Container(String type, String id, String title, String titleCy) {
            this(type, id, title, titleCy, null, null);
        }

        public Container(String type, String id, String title) {
            this(type, id, title, title);
        }

        public String title(String language) {
            return "cy".equals(language) ? titleCy : title;
        }

        /** The parent's title in the language, or null. */
        public String parentIn(String language) {
            return "cy".equals(language) && parentTitleCy != null ? parentTitleCy : parentTitle;
        }
    }

    /** A facet value; {@code labelCy} is shown on Welsh pages. */
    public record FacetValue(String value, String label, String labelCy, long count, boolean selected) {

        public String label(String language) {
            return "cy".equals(language) ? labelCy : label;
        }
    }

    /** The answer of {@code GET /api/search}. */
    public record Response(String q, long total, int offset, int limit, List<Hit> hits,
            Map<String, List<FacetValue>> facets, boolean matchedAnyWord, String didYouMean, boolean nothingToSearch,
            String showingResultsFor) {

        public Response(String q, long total, int offset, int limit, List<Hit> hits,
                Map<String, List<FacetValue>> facets, boolean matchedAnyWord, String didYouMean, boolean nothingToSearch) {
            this(q, total, offset, limit, hits, facets, matchedAnyWord, didYouMean, nothingToSearch, null);
        }
    }

    /** How far the index has caught up with the archive ({@code GET /api/search/status}). */
    public record Status(long appliedSequence, long targetSequence, boolean rebuilding, int percent, long changesApplied) {
    }

    private final SearchService search;

    @Activate
    public SearchResource(@Reference SearchService search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response search(@Context UriInfo uri) {
        return run(search, uri);
    }

    @GET
    @Path("suggest")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> suggest(@QueryParam("q") String prefix, @QueryParam("limit") @DefaultValue("8") int limit) {
        if (limit < 1 || limit > 20) {
            throw new BadRequestException("limit must be from 1 to 20.");
        }
        try {
            return search.suggest(prefix == null ? "" : prefix, limit);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @GET
    @Path("similar/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Hit> similar(@PathParam("id") String id, @QueryParam("limit") @DefaultValue("5") int limit) {
        if (limit < 1 || limit > 20) {
            throw new BadRequestException("limit must be from 1 to 20.");
        }
        try {
            return search.similar(id, limit).stream().map(SearchResource::hit).toList();
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    public Status status() {
        return status(search.progress());
    }

    static Status status(org.folkmoot.search.internal.index.IndexFollower.Progress p) {
        return new Status(p.applied(), p.target(), p.rebuilding(), (int) Math.floor(100 * p.fraction()), p.changes());
    }

    static Response run(SearchService search, UriInfo uri) {
        SearchRequest request = request(uri);
        SearchResult result;
        try {
            result = search.search(request);
        } catch (IOException e) {
            throw unavailable(e);
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (Map.Entry<Facet, List<SearchResult.FacetValue>> e : result.facets().entrySet()) {
            Set<String> selected = request.filters().getOrDefault(e.getKey(), Set.of());
            facets.put(e.getKey().key(), e.getValue().stream()
                    .map(v -> new FacetValue(v.value(), v.label(), v.labelCy(), v.count(), selected.contains(v.value())))
                    .toList());
        }
        return new Response(request.text(), result.total(), request.offset(), request.limit(),
                result.hits().stream().map(SearchResource::hit).toList(), facets, result.matchedAny(),
                result.didYouMean(), result.noTerms(), result.showingResultsFor());
    }

    static SearchRequest request(UriInfo uri) {
        var params = uri.getQueryParameters();
        String q = first(uri, "q", "");
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            List<String> values = params.get(f.key());
            if (values != null) {
                Set<String> nonBlank = new LinkedHashSet<>();
                for (String v : values) {
                    if (v != null && !v.isBlank()) {
                        nonBlank.add(v.length() > 200 ? v.substring(0, 200) : v);
                    }
                }
                if (!nonBlank.isEmpty()) {
                    filters.put(f, nonBlank);
                }
            }
        }
        String sortText = first(uri, "sort", "relevance").toLowerCase(Locale.ROOT);
        SearchRequest.Sort sort;
        switch (sortText) {
            case "relevance": sort = SearchRequest.Sort.RELEVANCE; break;
            case "newest": sort = SearchRequest.Sort.NEWEST; break;
            default: throw new BadRequestException("sort must be relevance or newest, not " + quote(sortText) + ".");
        }
        int limit = integer(uri, "limit", 10);
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new BadRequestException("limit must be from 1 to " + SearchRequest.MAX_LIMIT + ".");
        }
        int offset = integer(uri, "offset", 0);
        if (offset < 0 || offset + limit > SearchRequest.MAX_WINDOW) {
            throw new BadRequestException("offset must be from 0 to " + (SearchRequest.MAX_WINDOW - limit)
                    + ": narrow the search with filters to see further.");
        }
        Instant from = date(uri, "from", false);
        Instant until = date(uri, "until", true);
        if (from != null && until != null && !from.isBefore(until)) {
            throw new BadRequestException("from must be on or before until.");
        }
        return new SearchRequest(q, filters, from, until, sort, offset, limit);
    }

    static String first(UriInfo uri, String name, String otherwise) {
        String v = uri.getQueryParameters().getFirst(name);
        return v == null ? otherwise : v;
    }

    private static int integer(UriInfo uri, String name, int otherwise) {
        String v = uri.getQueryParameters().getFirst(name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, not " + quote(v) + ".");
        }
    }

    /** A day from the resident's address bar; the bounds are the platform's ({@link DateInput}). */
    private static Instant date(UriInfo uri, String name, boolean endOfDay) {
        String v = uri.getQueryParameters().getFirst(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            LocalDate d = DateInput.date(name, v);
            return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static String quote(String v) {
        String s = v.length() > 40 ? v.substring(0, 40) + "…" : v;
        return "\"" + s.replaceAll("\\p{Cntrl}", "?") + "\"";
    }

    static Hit hit(SearchResult.Hit h) {
        Container container = h.containerType() == null ? null
                : new Container(h.containerType(), h.containerId(), h.containerTitle(),
                        h.containerTitleCy() == null ? h.containerTitle() : h.containerTitleCy(), h.parentTitle(),
                        h.parentTitleCy());
        // Where it was said (its link, else its container's page). A container no running module describes
        // (an import) has no page of its own: what was said in it, on this search page, is the nearest.
        String url = h.url() != null && !h.url().isBlank() ? h.url()
                : container == null ? null
                : "/search?container=" + java.net.URLEncoder.encode(container.type() + "/" + container.id(),
                        java.nio.charset.StandardCharsets.UTF_8);
        return new Hit(h.id(), h.title(), h.snippet(), h.module(), container, h.kind(), h.locality(), h.language(),
                h.created(), url, h.licence());
    }

    /**
     * Links to the previous and next pages and to the suggested spelling, keeping every other
     * parameter. They are relative (a query on the same page), so they stay right behind a proxy,
     * and are built by encoding each value rather than through a URI template, where a query in
     * braces would be read as a template variable.
     */
    static Map<String, String> pageUrls(UriInfo uri, Response r) {
        Map<String, String> urls = new LinkedHashMap<>();
        if (r.didYouMean() != null) {
            urls.put("didYouMean", sameQueryWith(uri, "q", r.didYouMean()));
        }
        if (r.offset() > 0) {
            urls.put("previous", sameQueryWith(uri, "offset", Integer.toString(Math.max(0, r.offset() - r.limit()))));
        }
        if (r.offset() + r.limit() < Math.min(r.total(), SearchRequest.MAX_WINDOW)) {
            urls.put("next", sameQueryWith(uri, "offset", Integer.toString(r.offset() + r.limit())));
        }
        return urls;
    }

    /**
     * The numbered pages for the kit's pagination: the first, the last and the two either side of the
     * current one, with a gap ({@code ellipsis}) where pages are left out; none when there is one page.
     */
    static List<Map<String, Object>> pageItems(UriInfo uri, Response r) {
        long reachable = Math.min(r.total(), SearchRequest.MAX_WINDOW);
        int pages = (int) ((reachable + r.limit() - 1) / r.limit());
        List<Map<String, Object>> items = new ArrayList<>();
        if (pages < 2) {
            return items;
        }
        int current = r.offset() / r.limit() + 1;
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n != 1 && n != pages && Math.abs(n - current) > 2) {
                continue;
            }
            if (last != 0 && n > last + 1) {
                items.add(Map.of("ellipsis", true));
            }
            items.add(Map.of("number", n, "current", n == current,
                    "href", sameQueryWith(uri, "offset", Integer.toString((n - 1) * r.limit()))));
            last = n;
        }
        return items;
    }

    /** {@code ?a=1&b=2}: the request's query with one parameter replaced (a new spelling starts at the first page). */
    private static String sameQueryWith(UriInfo uri, String name, String value) {
        StringJoiner query = new StringJoiner("&", "?", "");
        uri.getQueryParameters().forEach((key, values) -> {
            if (!key.equals(name) && !(name.equals("q") && key.equals("offset"))) {
                values.forEach(v -> query.add(encode(key) + "=" + encode(v)));
            }
        });
        query.add(encode(name) + "=" + encode(value));
        return query.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static ServiceUnavailableException unavailable(IOException e) {
        return new ServiceUnavailableException("Search is not available just now; please try again shortly.");
    }
}
