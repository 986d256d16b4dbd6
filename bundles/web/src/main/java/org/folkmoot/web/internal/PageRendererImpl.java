package org.folkmoot.web.internal;

import java.beans.Introspector;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.folkmoot.api.web.Page;
import org.folkmoot.api.web.PageRenderer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;

/**
 * The shared layout, through FreeMarker: one FreeMarker configuration per module class loader,
 * so that a redeployed module gets fresh templates. A configuration holds its loader (through its
 * template loader), so it is dropped when the module's bundle leaves ({@link #forget(Bundle)}),
 * not left to a weak map that could never clear it.
 */
@Component(service = {PageRenderer.class, PageRendererImpl.class})
public class PageRendererImpl implements PageRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PageRendererImpl.class);
    private static final List<String> LANGUAGES = List.of("en", "cy");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<ClassLoader, Configuration> configurations = new HashMap<>();
    /** One object wrapper for every configuration, whose class introspection {@link #forget(Bundle)} clears. */
    private final BeansWrapper wrapper = ownWrapper();
    private final ModuleRegistry modules;
    private final SiteSettings site;

    @Activate
    public PageRendererImpl(@Reference ModuleRegistry modules, @Reference SiteSettings site) {
        this.modules = modules;
        this.site = site;
    }

    @Override
    public String language(UriInfo uri, HttpHeaders headers) {
        return language(uri, headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The language chosen in the query, else the first of the browser's that we have, else English. */
    String language(UriInfo uri, List<Locale> acceptable) {
        String chosen = uri.getQueryParameters().getFirst(LANGUAGE_PARAMETER);
        if (chosen != null && LANGUAGES.contains(chosen)) {
            return chosen;
        }
        for (Locale locale : acceptable) {
            if (LANGUAGES.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return "en";
    }

    @Override
    public String date(LocalDate date, String language) {
        return Dates.inWords(date, language);
    }

    /** A page a resource returned, in the request's language (from its query, else the browser's languages). */
    public String render(Page page, UriInfo uri, List<Locale> acceptableLanguages) {
        return render(page.owner(), page.template(), page.model(), uri, language(uri, acceptableLanguages));
    }

    @Override
    public String render(Class<?> owner, String template, Map<String, ?> model, UriInfo uri, HttpHeaders headers) {
        return render(owner, template, model, uri, language(uri, headers));
    }

    private String render(Class<?> owner, String template, Map<String, ?> model, UriInfo uri, String language) {
        Messages messages = new Messages(owner.getClassLoader(), language);
        Map<String, Object> root = new HashMap<>(model);
        root.putIfAbsent(Page.ERRORS, Map.of());
        root.put("date", new Dates.InWords(language));
        root.put("lang", language);
        root.put("msg", messages);
        root.put("msgOr", messages.orElse());
        root.put("url", new UrlMethod(language));
        root.put("switchUrl", switchUrl(uri, language));
        root.put("switchLanguage", language.equals("cy") ? "en" : "cy");
        root.put("currentPath", "/" + uri.getPath());
        root.put("navigation", modules.modules(language));
        root.put("site", site.site(language));
        StringWriter out = new StringWriter();
        try {
            configuration(owner.getClassLoader()).getTemplate(template).process(root, out);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Page template " + template + " of " + owner.getName() + " failed", e);
        }
        return out.toString();
    }

    /** The same page, the same query, the other language. */
    static String switchUrl(UriInfo uri, String language) {
        String other = language.equals("cy") ? "en" : "cy";
        UriBuilder builder = UriBuilder.fromPath("/" + uri.getPath());
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals(LANGUAGE_PARAMETER)) {
                builder.queryParam(name, values.stream().map(PageRendererImpl::escapeTemplate).toArray());
            }
        });
        return builder.queryParam(LANGUAGE_PARAMETER, other).build().toString();
    }

    /** UriBuilder treats braces as template variables; keep a resident's query text literal. */
    private static String escapeTemplate(String value) {
        return value.replace("{", "%7B").replace("}", "%7D");
    }

    /**
     * Forgets the templates of a bundle that has been updated, unresolved or uninstalled, and every
     * introspection of its classes, so that its old class loader can be collected.
     */
    synchronized void forget(Bundle departed) {
        configurations.keySet().removeIf(loader -> loader instanceof BundleReference owned && owned.getBundle() == departed);
        wrapper.clearClassIntrospectionCache();
        // FreeMarker introspects through java.beans, whose own cache keeps the classes (softly,
        // so until memory runs short, and metaspace is not the heap).
        Introspector.flushCaches();
    }

    /**
     * FreeMarker shares one class introspector (a cache of every model class it has seen) between
     * the wrappers its builder makes, and refuses to clear a shared one; a wrapper constructed
     * directly has an introspector of its own, which this renderer may clear.
     */
    private static BeansWrapper ownWrapper() {
        return new DefaultObjectWrapper(Configuration.VERSION_2_3_34);
    }

    private synchronized Configuration configuration(ClassLoader owner) {
        if (!isCurrent(owner)) {
            // A request still running in a module that has left or been replaced: after forget() ran, a
            // cached configuration would keep the old class loader for ever, so this one is not kept.
            return newConfiguration(owner);
        }
        return configurations.computeIfAbsent(owner, this::newConfiguration);
    }

    /** Whether the loader is its bundle's current one (outside OSGi, any loader is). */
    private static boolean isCurrent(ClassLoader loader) {
        if (!(loader instanceof BundleReference owned)) {
            return true;
        }
        org.osgi.framework.wiring.BundleWiring wiring = owned.getBundle().adapt(org.osgi.framework.wiring.BundleWiring.class);
        return wiring != null && wiring.isCurrent() && wiring.getClassLoader() == loader;
    }

    private Configuration newConfiguration(ClassLoader owner) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        ClassLoader web = PageRendererImpl.class.getClassLoader();
        TemplateLoader loader = owner == web
                ? new ClassTemplateLoader(web, "templates")
                : new MultiTemplateLoader(new TemplateLoader[] {
                        new ClassTemplateLoader(owner, "templates"), new ClassTemplateLoader(web, "templates")});
        cfg.setTemplateLoader(loader);
        cfg.setObjectWrapper(wrapper);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.addAutoImport("layout", "layout.ftlh");
        cfg.addAutoImport("kit", "kit.ftlh");
        return cfg;
    }

    /** {@code msg("key")} and {@code msg("key", arg...)}: the owner's messages, then the layout's. */
    static final class Messages implements TemplateMethodModelEx {

        private final ResourceBundle own;
        private final ResourceBundle shared;
        private final Locale locale;

        Messages(ClassLoader owner, String language) {
            this.locale = Locale.forLanguageTag(language);
            this.own = bundle(owner, "l10n.messages", locale);
            // A name of its own, so that on one class path (a module's page tests) a module's messages cannot hide the layout's.
            this.shared = bundle(PageRendererImpl.class.getClassLoader(), "l10n.web", locale);
        }

        private static ResourceBundle bundle(ClassLoader loader, String name, Locale locale) {
            try {
                return ResourceBundle.getBundle(name, locale, loader, NO_FALLBACK);
            } catch (MissingResourceException e) {
                return null;
            }
        }

        boolean has(String key) {
            return (own != null && own.containsKey(key)) || (shared != null && shared.containsKey(key));
        }

        /** {@code msgOr("key", "text")}: the message if there is one in this language, else the text as given. */
        TemplateMethodModelEx orElse() {
            return arguments -> {
                if (arguments.size() != 2) {
                    throw new TemplateModelException("msgOr needs a key and the text to show without one");
                }
                String key = String.valueOf(arguments.get(0));
                return has(key) ? get(key) : String.valueOf(arguments.get(1));
            };
        }

        String get(String key, Object... args) {
            for (ResourceBundle bundle : new ResourceBundle[] {own, shared}) {
                if (bundle != null && bundle.containsKey(key)) {
                    String text = bundle.getString(key);
                    return args.length == 0 ? text : new java.text.MessageFormat(text, locale).format(args);
                }
            }
            LOG.warn("No message '{}' for language {}", key, locale);
            return key;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("msg needs a key");
            }
            Object[] args = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                args[i - 1] = freemarker.template.utility.DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
            }
            return get(String.valueOf(arguments.get(0)), args);
        }
    }

    /** {@code url("/path")}: a link that keeps the page language. */
    static final class UrlMethod implements TemplateMethodModelEx {

        private final String language;

        UrlMethod(String language) {
            this.language = language;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.size() != 1) {
                throw new TemplateModelException("url needs one path");
            }
            String path = String.valueOf(arguments.get(0));
            if (language.equals("en")) {
                return path;
            }
            return path + (path.contains("?") ? "&" : "?") + LANGUAGE_PARAMETER + "=" + language;
        }
    }
}
