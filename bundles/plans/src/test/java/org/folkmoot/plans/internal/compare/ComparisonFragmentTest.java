package org.folkmoot.plans.internal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.folkmoot.api.web.Page;
import org.folkmoot.web.internal.RendererFixture;
import org.junit.jupiter.api.Test;

/** The comparison fragment rendered by the web bundle's real renderer, layout and kit, in English and Welsh. */
class ComparisonFragmentTest {

    private static final VersionComparer COMPARER = new VersionComparer();

    private static String render(Comparison c, String language) {
        String html = RendererFixture.render(Page.of(VersionComparer.class, "plans-compare-test.ftlh",
                Map.of("comparison", c)), "plans/1/compare", language);
        Matcher key = Pattern.compile("plans\\.[a-z]+\\.[A-Za-z_.-]+").matcher(html);
        assertFalse(key.find(), () -> "no message " + key.group() + " in " + language);
        return html;
    }

    private static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), () -> "no element " + id);
        return m.group(1).strip().replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private final Comparison english = COMPARER.compare(
            List.of(new VersionSection("vision", "Our vision", "A greener town. Buses every hour."),
                    new VersionSection("housing", "Housing", "More homes."),
                    new VersionSection("shops", "Shops", "A market <b>on Fridays</b>.")),
            List.of(new VersionSection("vision", "Our vision", "A greener town. Buses every half hour."),
                    new VersionSection("housing", "Housing", "More homes."),
                    new VersionSection("health", "Health", "A new surgery.")), "en");

    @Test
    void theSummarySaysInWordsWhatChanged() {
        assertEquals("1 section changed, 1 section added, 1 section removed, 1 section unchanged.",
                text(render(english, "en"), "comparison-summary"));
    }

    @Test
    void insertionsAndDeletionsAreMarkedInTheMarkupAndInWords() {
        String html = render(english, "en");
        assertTrue(html.contains("<del class=\"app-compare-del\"><span class=\"govuk-visually-hidden\">removed: </span>Buses every hour.</del>"), html);
        assertTrue(html.contains("<ins class=\"app-compare-ins\"><span class=\"govuk-visually-hidden\">added: </span>Buses every half hour.</ins>"), html);
        assertTrue(html.contains(">Added</strong>"), "the added section is tagged in words");
        assertTrue(html.contains(">Removed</strong>"), "the removed section is tagged in words");
        // the removed section's text is escaped, not markup
        assertTrue(html.contains("A market &lt;b&gt;on Fridays&lt;/b&gt;."), html);
        // the unchanged section is listed by its heading only
        assertEquals("Sections with no changes", text(html, "comparison-same"));
        assertTrue(html.matches("(?s).*<ul class=\"govuk-list govuk-list--bullet\" aria-labelledby=\"comparison-same\">\\s*<li>Housing</li>\\s*</ul>.*"), html);
        assertFalse(html.contains("More homes."), "unchanged text is not repeated");
        String fragment = html.substring(html.indexOf("<div id=\"comparison\">"), html.indexOf("</main>"));
        assertFalse(fragment.contains("<script") || fragment.contains(" on"), "works without JavaScript");
    }

    @Test
    void theWelshPageIsInWelsh() {
        Comparison welsh = COMPARER.compare(
                List.of(new VersionSection("gweledigaeth", "Ein gweledigaeth", "Tref wyrddach. Bysiau bob awr."),
                        new VersionSection("tai", "Tai", "Mwy o gartrefi."),
                        new VersionSection("iechyd", "Iechyd", "Meddygfa.")),
                List.of(new VersionSection("gweledigaeth", "Ein gweledigaeth", "Tref wyrddach. Bysiau bob hanner awr."),
                        new VersionSection("iechyd", "Iechyd", "Meddygfa."),
                        new VersionSection("tai", "Tai", "Mwy o gartrefi."),
                        new VersionSection("siopau", "Siopau", "Marchnad."),
                        new VersionSection("parciau", "Parciau", "Parc newydd.")), "cy");
        String html = render(welsh, "cy").replace("&#39;", "'");
        assertEquals("1 adran wedi newid, 2 adran wedi'u hychwanegu, 1 adran wedi'i symud, 2 adran heb newid.",
                text(html, "comparison-summary"));
        assertTrue(html.contains("<span class=\"govuk-visually-hidden\">wedi'i dynnu: </span>Bysiau bob awr.</del>"), html);
        assertTrue(html.contains("<span class=\"govuk-visually-hidden\">wedi'i ychwanegu: </span>Bysiau bob hanner awr.</ins>"), html);
        assertTrue(html.contains("Mae'r adran hon wedi symud; mae ei thestun yr un fath."), html);
        assertFalse(html.contains(">Added<") || html.contains(">Changed<") || html.contains("added:"), "no English left");
    }

    @Test
    void identicalVersionsSaySo() {
        List<VersionSection> v = List.of(new VersionSection("a", "A", "One."));
        String html = render(COMPARER.compare(v, v, "en"), "en");
        assertTrue(html.contains("The two versions are the same, word for word."), html);
        assertEquals("1 section unchanged.", text(html, "comparison-summary"));
    }
}
