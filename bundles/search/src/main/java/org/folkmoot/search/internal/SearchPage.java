package org.folkmoot.search.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.folkmoot.api.web.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * The search page {@code GET /search} (English, or Welsh with {@code ?lang=cy}): a plain GET form with
 * facet checkboxes and paging links, no JavaScript needed. Takes the parameters of {@code GET /api/search}.
 */
@Component(service = SearchPage.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@JakartarsName("folkmoot.search.page")
@Path("search")
public class SearchPage {

    private final SearchService search;

    @Activate
    public SearchPage(@Reference SearchService search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Page page(@Context UriInfo uri) {
        SearchResource.Response r = named(SearchResource.run(search, uri));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("result", r);
        model.put("places", places(r));
        model.put("pages", SearchResource.pageItems(uri, r));
        model.put("sort", SearchResource.first(uri, "sort", "relevance"));
        model.put("facetOrder", List.of("module", "language", "year", "kind", "locality", "parent", "container"));
        model.put("pageUrls", SearchResource.pageUrls(uri, r));
        model.put("status", SearchResource.status(search.progress()));
        return Page.of(SearchPage.class, "search.ftlh", model);
    }

    /** The answer with its facet values named for residents (places and languages by name, none nameless). */
    static SearchResource.Response named(SearchResource.Response r) {
        return new SearchResource.Response(r.q(), r.total(), r.offset(), r.limit(), r.hits(), FacetNames.named(r.facets()),
                r.matchedAnyWord(), r.didYouMean(), r.nothingToSearch(), r.showingResultsFor());
    }

    /** The names of the places the hits were said in, by GSS code (codes the list lacks are left out). */
    static Map<String, Places.Name> places(SearchResource.Response r) {
        Map<String, Places.Name> names = new HashMap<>();
        for (SearchResource.Hit hit : r.hits()) {
            Places.Name name = Places.uk().name(hit.locality());
            if (name != null) {
                names.put(hit.locality(), name);
            }
        }
        return names;
    }
}
