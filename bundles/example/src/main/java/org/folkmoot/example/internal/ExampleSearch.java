package org.folkmoot.example.internal;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.search.ContainerSearch;
import org.folkmoot.api.search.SearchHit;
import org.folkmoot.api.search.SearchQuery;
import org.folkmoot.api.search.SearchResults;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /api/example/search?container=type/id&q=...}: how a module searches within its own
 * containers through {@link ContainerSearch}, without depending on the search bundle. Search is a
 * feature a council may not enable, so the reference is optional and dynamic: without it the answer
 * is a 503 saying so. Parameters: {@code container} (repeatable), {@code children} (their children
 * too), {@code q}, {@code language}, {@code offset}, {@code limit}.
 */
@Component(service = ExampleSearch.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.example.search")
@Path("api/example/search")
public class ExampleSearch {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ContainerSearch search;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> search(@QueryParam("container") List<String> containers,
            @QueryParam("children") boolean children, @QueryParam("q") String words,
            @QueryParam("language") String language, @DefaultValue("0") @QueryParam("offset") int offset,
            @DefaultValue("10") @QueryParam("limit") int limit) {
        ContainerSearch s = search;
        if (s == null) {
            throw new ServiceUnavailableException("Search is not enabled on this site.");
        }
        SearchResults results;
        try {
            results = s.search(new SearchQuery(words, refs(containers), children, language, offset, limit));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ServiceUnavailableException(e.getMessage());
        }
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : results.hits()) {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("id", h.id());
            hit.put("title", h.title());
            hit.put("snippet", h.snippet());
            hit.put("link", h.link());
            hit.put("date", h.date().toString());
            hits.add(hit);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("showing", results.total() == 0 ? "No results"
                : "Showing " + results.first() + " to " + results.last() + " of " + results.total() + " results");
        answer.put("total", results.total());
        answer.put("showingResultsFor", results.showingResultsFor());
        answer.put("hits", hits);
        return answer;
    }

    /** {@code type/id} to a container; a value without both is refused. */
    private static Set<ContainerRef> refs(List<String> containers) {
        Set<ContainerRef> refs = new LinkedHashSet<>();
        for (String c : containers) {
            int slash = c.indexOf('/');
            if (slash < 1 || slash == c.length() - 1) {
                throw new BadRequestException("container must be type/id, like assembly/a1, not '" + c + "'");
            }
            refs.add(new ContainerRef(c.substring(0, slash), c.substring(slash + 1)));
        }
        return refs;
    }
}
