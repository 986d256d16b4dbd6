package org.folkmoot.search.internal;

import java.util.List;
import java.util.Optional;
import org.folkmoot.api.module.ModuleInfo;
import org.osgi.service.component.annotations.Component;

/** Tells the runtime search is here: listed on the home page, {@code /api/modules} and {@code /health}. */
@Component
public class SearchModule implements ModuleInfo {

    @Override
    public String id() {
        return "search";
    }

    @Override
    public String name(String language) {
        return "cy".equals(language) ? "Chwilio" : "Search";
    }

    @Override
    public String description(String language) {
        return "cy".equals(language)
                ? "Chwilio popeth y mae trigolion wedi'i ddweud, yn Gymraeg ac yn Saesneg."
                : "Search everything residents have said, in English and Welsh.";
    }

    @Override
    public Optional<String> apiPath() {
        return Optional.of("/api/search");
    }

    @Override
    public Optional<String> pagePath() {
        return Optional.of("/search");
    }

    /** The empty form, and a search with results, facets and a misspelling to correct. */
    @Override
    public List<String> pages() {
        return List.of("/search", "/search?q=park", "/search?q=parcs");
    }
}
