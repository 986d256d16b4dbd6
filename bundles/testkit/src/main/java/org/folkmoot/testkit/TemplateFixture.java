package org.folkmoot.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * A module's page templates rendered in a unit test with FreeMarker set up as the web bundle's
 * renderer sets it up (same settings, {@code layout} auto-imported, {@code msg}, {@code msgOr},
 * {@code url} and {@code lang} in the model), with a stand-in for the web layout and the module's
 * own {@code l10n/messages[_cy].properties}. Unlike the runtime, a missing message fails the render.
 *
 * <pre>{@code
 * TemplateFixture pages = new TemplateFixture(SearchResource.class);
 * String html = pages.render("search.ftlh", Map.of("result", r), "cy");
 * }</pre>
 */
public final class TemplateFixture {

    /** The smallest layout that keeps a page's title, language and main content, for assertions. */
    public static final String LAYOUT = "<#macro page title><html lang=\"${lang}\"><title>${title}</title>"
            + "<main><#nested></main></html></#macro>";

    private final Class<?> owner;
    private final Configuration cfg;
    private final Map<String, Properties> messages = new HashMap<>();

    /** Templates from {@code templates/} and messages from {@code l10n/} of the owner's class loader. */
    public TemplateFixture(Class<?> owner) {
        this.owner = owner;
        this.cfg = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader layout = new StringTemplateLoader();
        layout.putTemplate("layout.ftlh", LAYOUT);
        cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                new ClassTemplateLoader(owner.getClassLoader(), "templates"), layout}));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.addAutoImport("layout", "layout.ftlh");
    }

    /** The owner's messages in {@code en} or {@code cy}, read as the renderer reads them (UTF-8). */
    public Properties messages(String language) {
        return messages.computeIfAbsent(language, l -> load(owner.getClassLoader(),
                l.equals("en") ? "l10n/messages.properties" : "l10n/messages_" + l + ".properties"));
    }

    static Properties load(ClassLoader loader, String name) {
        Properties p = new Properties();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + name + " on the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Renders the template with the model in {@code en} or {@code cy}. */
    public String render(String template, Map<String, ?> model, String language) {
        Properties msgs = messages(language);
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> root = new HashMap<>(model);
        root.put("lang", language);
        root.put("msg", (TemplateMethodModelEx) args -> {
            String key = String.valueOf(args.get(0));
            String text = msgs.getProperty(key);
            if (text == null) {
                throw new TemplateModelException("no message " + key + " in " + language);
            }
            Object[] rest = unwrap(args.subList(1, args.size()));
            return rest.length == 0 ? text : new MessageFormat(text, locale).format(rest);
        });
        root.put("msgOr", (TemplateMethodModelEx) args -> msgs.getProperty(String.valueOf(args.get(0)),
                String.valueOf(args.get(1))));
        root.put("url", (TemplateMethodModelEx) args -> url(String.valueOf(args.get(0)), language));
        StringWriter out = new StringWriter();
        try {
            cfg.getTemplate(template).process(root, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + " failed in " + language + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** As the web bundle's {@code url(...)}: English links as given, others with {@code lang=}. */
    public static String url(String path, String language) {
        return language.equals("en") ? path : path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }

    private static Object[] unwrap(List<?> args) throws TemplateModelException {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = DeepUnwrap.unwrap((TemplateModel) args.get(i));
        }
        return out;
    }
}
