package org.folkmoot.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

class PageRendererImplTest {

    private final PageRendererImpl pages = new PageRendererImpl(new ModuleRegistry(emptyFramework()), SiteSettings.of(java.util.Map.of()));

    @Test
    void aModuleTemplateRendersInTheLayoutWithResidentTextEscaped() {
        String html = pages.render(PageRendererImplTest.class, "test-page.ftlh",
                Map.of("said", "<script>alert('x')</script> & more"), uri("plans", Map.of()), headers());
        assertTrue(html.contains("<p id=\"said\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</p>"), html);
        assertTrue(html.contains("<title>Test – Folkmoot</title>"), html);
        assertTrue(html.contains("<a href=\"/plans\">What you can do here</a>"), html);
        assertFalse(html.contains("<script>"));
    }

    @Test
    void welshPagesKeepTheLanguageInEveryLink() {
        String html = pages.render(PageRendererImplTest.class, "test-page.ftlh", Map.of("said", "Shwmae"),
                uri("plans", Map.of("lang", "cy")), headers());
        assertTrue(html.contains("<html lang=\"cy\""));
        assertTrue(html.contains("<a href=\"/plans?lang=cy\">Beth allwch chi ei wneud yma</a>"), html);
        assertTrue(html.contains("Neidio i’r prif gynnwys"), html);
        assertTrue(html.contains("href=\"/plans?lang=en\" lang=\"en\" hreflang=\"en\">English</a>"), html);
    }

    @Test
    void msgOrShowsTheMessageInThePageLanguageElseTheTextAsGivenEscaped() {
        String english = pages.render(PageRendererImplTest.class, "test-page.ftlh", Map.of("said", ""), uri("plans", Map.of()), headers());
        assertTrue(english.contains("<p id=\"or\">Skip to main content|as given &lt;b&gt;</p>"), english);
        String welsh = pages.render(PageRendererImplTest.class, "test-page.ftlh", Map.of("said", ""),
                uri("plans", Map.of("lang", "cy")), headers());
        assertTrue(welsh.contains("<p id=\"or\">Neidio i’r prif gynnwys|as given &lt;b&gt;</p>"), welsh);
    }

    @Test
    void theLanguageComesFromTheQueryThenTheBrowser() {
        assertEquals("cy", pages.language(uri("", Map.of("lang", "cy")), headers(Locale.ENGLISH)));
        assertEquals("cy", pages.language(uri("", Map.of()), headers(Locale.forLanguageTag("cy-GB"), Locale.ENGLISH)));
        assertEquals("en", pages.language(uri("", Map.of("lang", "fr")), headers(Locale.FRENCH)));
    }

    @Test
    void theSwitchLinkKeepsTheQueryAndItsBraces() {
        assertEquals("/search?q=%7Bcyngor%7D&lang=cy",
                PageRendererImpl.switchUrl(uri("search", Map.of("q", "{cyngor}", "lang", "en")), "en"));
    }

    static UriInfo uri(String path, Map<String, String> query) {
        return RendererFixture.uri(path, query);
    }

    static HttpHeaders headers(Locale... languages) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAcceptableLanguages" -> List.of(languages);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static BundleContext emptyFramework() {
        return RendererFixture.emptyFramework();
    }
}
