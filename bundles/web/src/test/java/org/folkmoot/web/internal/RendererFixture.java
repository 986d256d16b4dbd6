package org.folkmoot.web.internal;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;

import org.folkmoot.api.web.Page;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The web bundle's real renderer, layout and page kit, outside OSGi, for a module's page tests:
 * {@code RendererFixture.render(page, "cy")} is the HTML a browser would get for that page at
 * {@code path} in Welsh (no modules in the navigation). Shipped in web's test jar.
 */
public final class RendererFixture {

    private static final PageRendererImpl PAGES = new PageRendererImpl(new ModuleRegistry(emptyFramework()), SiteSettings.of(java.util.Map.of()));

    private RendererFixture() {
    }

    /** The page at {@code /} in {@code en} or {@code cy}. */
    public static String render(Page page, String language) {
        return render(page, "", language);
    }

    /** The page at {@code /path} in {@code en} or {@code cy}. */
    public static String render(Page page, String path, String language) {
        return PAGES.render(page, uri(path, Map.of("lang", language)), List.of());
    }

    /** The page at {@code /path?query} for a browser asking for {@code languages}. */
    public static String render(Page page, String path, Map<String, String> query, Locale... languages) {
        return PAGES.render(page, uri(path, query), List.of(languages));
    }

    /** A request's URI: its path (without the leading slash) and query. */
    static UriInfo uri(String path, Map<String, String> query) {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        query.forEach(parameters::add);
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPath" -> path;
                    case "getQueryParameters" -> parameters;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Just enough of a framework for the registry's bundle tracker: no bundles at all. */
    static BundleContext emptyFramework() {
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBundles" -> new Bundle[0];
                    default -> null;
                });
    }
}
