package org.folkmoot.assets.internal.cases;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * The refusal in {@code language} ({@code cy} or English) for the JSON API: dates as
     * 2026-12-07, a state or choice by its name in that language, a statutory period in its words.
     */
    static String in(String language, String key, List<Object> args) {
        if (!"cy".equals(language)) {
            return english(key, args.toArray());
        }
        Locale welsh = Locale.forLanguageTag("cy");
        ResourceBundle cy = ResourceBundle.getBundle("l10n.messages", welsh, RefusalText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = cy.getString(key);
        if (args.isEmpty()) {
            return text;
        }
        Object[] written = new Object[args.size()];
        for (int i = 0; i < written.length; i++) {
            Object a = args.get(i);
            if (a instanceof Enum<?> e) {
                String name = (e.getDeclaringClass().getSimpleName().equals("State") ? "assets.state." : "assets.choice.") + e.name();
                written[i] = cy.containsKey(name) ? cy.getString(name) : json(a);
            } else if (a instanceof StatutoryPeriod p) {
                written[i] = new MessageFormat(cy.getString("assets.period." + p.unit().name() + "." + p.counting().name()), welsh)
                        .format(new Object[] {p.amount()});
            } else {
                written[i] = json(a);
            }
        }
        return new MessageFormat(text, welsh).format(written);
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
