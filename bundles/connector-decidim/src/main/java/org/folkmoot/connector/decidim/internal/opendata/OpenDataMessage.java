package org.folkmoot.connector.decidim.internal.opendata;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message of the open-data import (a refusal, and what to do) as a key of this bundle's
 * {@code l10n/messages} with its arguments, so the officers' page says it in Welsh or English; the command
 * line and the API say it in English.
 */
public record OpenDataMessage(String key, List<Object> args) {

    public OpenDataMessage {
        args = List.copyOf(args);
    }

    public static OpenDataMessage of(String key, Object... args) {
        return new OpenDataMessage("decidim.openData." + key, List.of(args));
    }

    /** The message in {@code en} or {@code cy}. */
    public String in(String language) {
        Locale locale = "cy".equals(language) ? Locale.forLanguageTag("cy") : Locale.UK;
        ResourceBundle messages = ResourceBundle.getBundle("l10n.messages", locale, OpenDataMessage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(messages.getString(key), locale).format(args.toArray());
    }

    public String english() {
        return in("en");
    }
}
