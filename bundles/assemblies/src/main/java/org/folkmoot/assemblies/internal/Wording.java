package org.folkmoot.assemblies.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message of this module with its arguments, written out in English (the API's problems) or
 * Welsh (pages), from the bundle's own {@code l10n/messages*.properties}.
 */
public record Wording(String key, List<Object> args) {
    private static final ResourceBundle.Control PROPERTIES =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Wording {
        args = List.copyOf(args);
    }

    public static Wording of(String key, Object... args) {
        return new Wording(key, List.of(args));
    }

    /** The text in {@code en} or {@code cy}; the key itself when it has no message. */
    public String in(String language) {
        Locale locale = "cy".equals(language) ? Locale.forLanguageTag("cy") : Locale.ROOT;
        try {
            String pattern = ResourceBundle.getBundle("l10n.messages", locale, Wording.class.getClassLoader(), PROPERTIES)
                    .getString(key);
            return args.isEmpty() ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
