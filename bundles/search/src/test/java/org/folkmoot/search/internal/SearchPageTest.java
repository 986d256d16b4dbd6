package org.folkmoot.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.folkmoot.api.web.Page;
import org.folkmoot.web.internal.RendererFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Renders search.ftlh with the web bundle's renderer, layout and page kit. */
class SearchPageTest {

    private static String render(String lang, SearchResource.Response r, Map<String, String> pageUrls) {
        Map<String, Object> model = new HashMap<>();
        // As SearchPage does: facet values named, the hits' places by name.
        SearchResource.Response named = SearchPage.named(r);
        model.put("result", named);
        model.put("places", SearchPage.places(named));
        model.put("pages", List.of(Map.of("number", 1, "current", true, "href", "?offset=0"),
                Map.of("number", 2, "current", false, "href", "?offset=10")));
        model.put("sort", "relevance");
        model.put("facetOrder", List.of("module", "language", "year", "kind", "locality", "parent", "container"));
        model.put("pageUrls", pageUrls);
        model.put("status", new SearchResource.Status(500, 1000, !pageUrls.isEmpty(), 50, 500));
        return RendererFixture.render(Page.of(SearchPage.class, "search.ftlh", model), "search", lang);
    }

    private static SearchResource.Response response(String q, String didYouMean) {
        SearchResource.Hit hit = new SearchResource.Hit("c1", "Parks & <b>play</b>", "The <mark>park</mark> &amp; more",
                "plans", new SearchResource.Container("plan", "p1", "Riverside", "Glan yr afon", "Old town", "Hen dref"), "comment", null, "cy",
                Instant.parse("2024-03-01T10:00:00Z"), "/plans/p1#c1", new org.folkmoot.api.container.Licence("ODbL 1.0",
                        "https://opendatacommons.org/licenses/odbl/1-0/", new org.folkmoot.api.container.LocalisedText(
                                "Contains information from decidim.example.gov.uk", "Yn cynnwys gwybodaeth o decidim.example.gov.uk")));
        SearchResource.Hit untitled = new SearchResource.Hit("c2", "", "x", null, null, null, null, "en",
                Instant.parse("2023-01-01T00:00:00Z"), null);
        return new SearchResource.Response(q, 2, 0, 10, List.of(hit, untitled),
                Map.of("module", List.of(new SearchResource.FacetValue("plans", "plans", "plans", 2, true)),
                        "parent", List.of(new SearchResource.FacetValue("asset/A-1", "Old library", "Hen lyfrgell", 1, false))),
                true, didYouMean, false);
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
        assertTrue(html.contains(lang.equals("cy") ? ">1 Mawrth 2024</time>" : ">1 March 2024</time>"), "dates in words: " + html);
        assertTrue(html.contains("id=\"any-word\""));
        assertTrue(html.contains(lang.equals("cy") ? "Cyfraniad heb deitl" : "Untitled contribution"));
        assertTrue(html.contains(lang.equals("cy") ? "Cynlluniau cymunedol (2)" : "Community plans (2)"),
                "a facet value in the page's language, not the index's code");
        assertTrue(html.contains("<html lang=\"" + lang + "\""));
        assertTrue(html.contains(lang.equals("cy") ? "Hen lyfrgell (1)" : "Old library (1)"), "a parent facet value in the page's language");
        assertTrue(html.contains(lang.equals("cy") ? "· Glan yr afon (Hen dref)" : "· Riverside (Old town)"),
                "the container's title with its parent's, in the page's language");
        assertTrue(html.contains("<details class=\"govuk-details folkmoot-filters\" open>"),
                "a chosen filter is shown: the filters are not folded away");
        assertTrue(html.indexOf("id=\"results-heading\"") < html.indexOf("id=\"filters\""), "results first in the page");
        assertTrue(html.contains("id=\"rebuilding\"") && html.contains("50%"), "a rebuild in progress is shown");
        assertTrue(html.contains((lang.equals("cy") ? "Yn cynnwys gwybodaeth o decidim.example.gov.uk" : "Contains information from"
                + " decidim.example.gov.uk") + " (<a class=\"govuk-link\" href=\"https://opendatacommons.org/licenses/odbl/1-0/\">ODbL 1.0</a>)"),
                "a hit from elsewhere shows its licence and attribution in the page's language");
        assertEquals(1, html.split("folkmoot-result__licence").length - 1, "only the hit that has one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void aCorrectedQuerySaysWhatWasSearched(String lang) throws Exception {
        SearchResource.Response r = new SearchResource.Response("vacination <b>", 1, 0, 10, List.of(), Map.of(), false,
                null, false, "vaccination <b>");
        String html = render(lang, r, Map.of());
        assertTrue(html.contains((lang.equals("cy") ? "Yn dangos canlyniadau ar gyfer" : "Showing results for")
                + " <strong>vaccination &lt;b&gt;</strong>"), html);
        assertFalse(render(lang, response("park", null), Map.of()).contains("showing-results-for"));
    }

    private static SearchResource.Response manyResults() {
        SearchResource.Hit hit = new SearchResource.Hit("c1", "More buses", "<mark>buses</mark> please", "petitions",
                null, "petition", "E07000078", "en", Instant.parse("2024-03-01T10:00:00Z"), "/petitions/7");
        return new SearchResource.Response("buses", 1412, 0, 10, List.of(hit, hit, hit, hit, hit, hit, hit, hit, hit, hit),
                Map.of("locality", List.of(new SearchResource.FacetValue("E07000078", "E07000078", "E07000078", 9, false),
                                new SearchResource.FacetValue("W06000015", "W06000015", "W06000015", 3, true),
                                new SearchResource.FacetValue("", "", "", 4, false)),
                        "language", List.of(new SearchResource.FacetValue("en", "en", "en", 7, false),
                                new SearchResource.FacetValue("cy", "cy", "cy", 3, false),
                                new SearchResource.FacetValue("fr", "fr", "fr", 1, false)),
                        "container", List.of(new SearchResource.FacetValue("petition/9", " ", " ", 2, false))),
                false, null, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void resultsComeFirstWithTheirCountThenTheFilters(String lang) throws Exception {
        String html = render(lang, manyResults(), Map.of("next", "?offset=10"));
        assertTrue(html.contains(lang.equals("cy") ? "Yn dangos 1 i 10 o 1,412 canlyniad" : "Showing 1 to 10 of 1,412 results"), html);
        int firstResult = html.indexOf("class=\"folkmoot-result\"");
        int filters = html.indexOf("id=\"filters\"");
        assertTrue(firstResult > 0 && filters > firstResult, "the first result comes before the filters in the page");
        assertTrue(html.indexOf("name=\"q\"") < firstResult, "the search box stays above the results");
        assertTrue(html.contains("aria-current=\"page\"") && html.contains("href=\"?offset=10\""), "numbered pages");
        assertTrue(html.contains("Cheltenham (9)"), "a place by name in the filters");
        assertTrue(html.contains(lang.equals("cy") ? "Caerdydd (3)" : "Cardiff (3)"), "a Welsh place by its name in the page's language");
        assertTrue(html.contains("· Cheltenham ·"), "a hit's place by name");
        String text = html.replaceAll("\"[^\"]*\"", "\"\""); // what is read, not the form's values
        assertFalse(text.contains("E07000078") || text.contains("W06000015"), "no GSS code shown: " + html);
        assertTrue(html.contains("English (7)") && html.contains("Cymraeg (3)"), "languages by name");
        assertTrue(html.contains(lang.equals("cy") ? "Ffrangeg (1)" : "French (1)"), "another language by its name in the page's language");
        assertFalse(html.contains("(4)"), "no empty facet value");
        assertFalse(html.contains("petition/9"), "no nameless facet value");
    }

    @Test
    void noResultsSaysSo() throws Exception {
        SearchResource.Response none = new SearchResource.Response("zzz", 0, 0, 10, List.of(), Map.of(), false, null, false);
        assertTrue(render("en", none, Map.of()).contains("No results"));
        assertTrue(render("cy", none, Map.of()).contains("Dim canlyniadau"));
    }

    @Test
    void emptySearchShowsOnlyTheForm() throws Exception {
        SearchResource.Response empty = new SearchResource.Response("", 0, 0, 10, List.of(), Map.of(), false, null, false);
        String html = render("en", empty, Map.of());
        assertTrue(html.contains("role=\"search\""));
        assertFalse(html.contains("results-heading"));
        assertFalse(html.contains("id=\"rebuilding\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void filtersAreFoldedAwayUntilOneIsChosen(String lang) throws Exception {
        SearchResource.Response r = new SearchResource.Response("park", 1, 0, 10, List.of(),
                Map.of("module", List.of(new SearchResource.FacetValue("plans", "plans", "plans", 1, false))), false, null, false);
        String html = render(lang, r, Map.of());
        assertTrue(html.contains("<details class=\"govuk-details folkmoot-filters\">"), html);
        assertTrue(html.contains(lang.equals("cy") ? ">Dangos hidlwyr</span></summary>" : ">Show filters</span></summary>"), html);
    }
}
