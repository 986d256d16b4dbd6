package org.folkmoot.plans.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.folkmoot.plans.internal.plan.PlanException;

/**
 * A refusal in the page's language, from the module's own messages (the ones its templates use), so
 * that a form shown again carries the error beside its field in English or Welsh with its figures.
 */
final class PageText {
    private static final Properties EN = load("/l10n/messages.properties");
    private static final Properties CY = load("/l10n/messages_cy.properties");

    private PageText() {
    }

    static String of(PlanException e, String language) {
        String text = e.key() == null ? null : of(e.key(), language, e.args().toArray());
        return text == null || text.equals(e.key()) ? e.getMessage() : text;
    }

    /** A message of the module's in a language, with its arguments; the key itself when there is none. */
    static String of(String key, String language, Object... arguments) {
        Properties p = "cy".equals(language) ? CY : EN;
        String pattern = key == null ? null : p.getProperty(key);
        if (pattern == null) {
            return String.valueOf(key);
        }
        Object[] args = java.util.Arrays.stream(arguments).map(a -> a instanceof java.time.LocalDate d ? d.toString() : a).toArray();
        return args.length == 0 ? pattern
                : new MessageFormat(pattern, Locale.forLanguageTag("cy".equals(language) ? "cy" : "en")).format(args);
    }

    private static Properties load(String path) {
        Properties p = new Properties();
        try (InputStream in = PageText.class.getResourceAsStream(path)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
