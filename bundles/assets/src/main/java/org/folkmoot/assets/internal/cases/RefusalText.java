package org.folkmoot.assets.internal.cases;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import org.folkmoot.assets.internal.rules.StatutoryPeriod;

/**
 * The English text of a refusal, from the module's messages: one copy of each sentence, shared by
 * the JSON API (this class) and the English pages (the page's {@code msg}).
 */
final class RefusalText {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("l10n.messages", Locale.ROOT,
            RefusalText.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private RefusalText() {
    }

    static String english(String key, Object... args) {
        String text = ENGLISH.getString(key);
        if (args.length == 0) {
            // As the pages' msg does: only a message with arguments is a MessageFormat pattern.
            return text;
        }
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = json(args[i]);
        }
        return new MessageFormat(text, Locale.UK).format(written);
    }

    /** An argument as the API has always written it. */
    private static String json(Object a) {
        if (a instanceof LocalDate d) {
            return d.toString();
        }
        if (a instanceof Enum<?> e) {
            return CaseFile.describe(e);
        }
        if (a instanceof StatutoryPeriod p) {
            return p.describe();
        }
        return String.valueOf(a);
    }
}
