package org.folkmoot.search.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.folkmoot.testkit.TemplateFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Renders search.ftlh with the test kit's fixture: FreeMarker configured as the web bundle configures it. */
class SearchPageTest {

    private static final TemplateFixture PAGES = new TemplateFixture(SearchResource.class);

    private static String render(String lang, SearchResource.Response r, Map<String, String> pageUrls) {
        Map<String, Object> root = new HashMap<>();
        root.put("result", r);
        root.put("sort", "relevance");
        root.put("facetOrder", List.of("module", "language", "year", "kind", "locality", "container"));
        root.put("pageUrls", pageUrls);
        root.put("status", new SearchResource.Status(500, 1000, !pageUrls.isEmpty(), 50, 500));
        return PAGES.render("search.ftlh", root, lang);
    }

    private static SearchResource.Response response(String q, String didYouMean) {
        SearchResource.Hit hit = new SearchResource.Hit("c1", "Parks & <b>play</b>", "The <mark>park</mark> &amp; more",
                "plans", new SearchResource.Container("plan", "p1", "Riverside"), "comment", null, "cy",
                Instant.parse("2024-03-01T10:00:00Z"), "/plans/p1#c1");
        SearchResource.Hit untitled = new SearchResource.Hit("c2", "", "x", null, null, null, null, "en",
                Instant.parse("2023-01-01T00:00:00Z"), null);
        return new SearchResource.Response(q, 2, 0, 10, List.of(hit, untitled),
                Map.of("module", List.of(new SearchResource.FacetValue("plans", "plans", 2, true))), true, didYouMean, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void rendersHitsFacetsAndHintsInBothLanguages(String lang) throws Exception {
        String html = render(lang, response("park <script>", "parc"),
                Map.of("next", "/search?q=park&offset=10", "didYouMean", "/search?q=parc"));
        assertTrue(html.contains("The <mark>park</mark> &amp; more"), "snippet is already-escaped HTML");
        assertTrue(html.contains("Parks &amp; &lt;b&gt;play&lt;/b&gt;"), "titles are escaped");
        assertTrue(html.contains("value=\"park &lt;script&gt;\""), "the query is escaped in the form");
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("name=\"module\" type=\"checkbox\" value=\"plans\" checked"));
        assertTrue(html.contains("href=\"/search?q=parc\""));
        assertTrue(html.contains("rel=\"next\""));
        assertTrue(html.contains("id=\"any-word\""));
        assertTrue(html.contains(lang.equals("cy") ? "Cyfraniad heb deitl" : "Untitled contribution"));
        assertTrue(html.contains(lang.equals("cy") ? "Cynlluniau cymunedol (2)" : "Community plans (2)"),
                "a facet value in the page's language, not the index's code");
        assertTrue(html.contains("<html lang=\"" + lang + "\""));
        assertTrue(html.contains("id=\"rebuilding\"") && html.contains("50%"), "a rebuild in progress is shown");
    }

    @Test
    void emptySearchShowsOnlyTheForm() throws Exception {
        SearchResource.Response empty = new SearchResource.Response("", 0, 0, 10, List.of(), Map.of(), false, null, false);
        String html = render("en", empty, Map.of());
        assertTrue(html.contains("role=\"search\""));
        assertFalse(html.contains("results-heading"));
        assertFalse(html.contains("id=\"rebuilding\""));
    }
}
