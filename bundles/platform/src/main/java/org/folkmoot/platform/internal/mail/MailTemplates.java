package org.folkmoot.platform.internal.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's e-mail templates: {@code mail/<name>.properties} (English) and
 * {@code mail/<name>_cy.properties} (Welsh), read as UTF-8, each with {@code subject} and
 * {@code body}. {@code {value}} is replaced by the value of that name; ISO dates are written in
 * words ("15 May 2027", "15 Mai 2027").
 */
public final class MailTemplates {

    /** Opens a file of the module's bundle (or, in tests, of the class path); empty when absent. */
    @FunctionalInterface
    public interface Source {
        Optional<InputStream> open(String path) throws IOException;
    }

    public record Rendered(String language, String subject, String body) {
    }

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Source source;

    public MailTemplates(Source source) {
        this.source = source;
    }

    /** Renders the template in {@code cy} or {@code en} (anything else is English). */
    public Rendered render(String template, String language, Map<String, String> values) {
        if (template == null || !NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("A template name is lower case letters, digits and '-': " + template);
        }
        String lang = "cy".equals(language) ? "cy" : "en";
        Properties p = load("mail/" + template + ("cy".equals(lang) ? "_cy" : "") + ".properties")
                .orElseThrow(() -> new IllegalArgumentException("No template mail/" + template
                        + ("cy".equals(lang) ? "_cy" : "") + ".properties in the module"));
        Locale locale = Locale.forLanguageTag(lang);
        return new Rendered(lang, fill(required(p, "subject", template), values, locale).replaceAll("[\\r\\n]+", " ").strip(),
                fill(required(p, "body", template), values, locale));
    }

    private Optional<Properties> load(String path) {
        try {
            Optional<InputStream> in = source.open(path);
            if (in.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream s = in.get()) {
                Properties p = new Properties();
                p.load(new InputStreamReader(s, StandardCharsets.UTF_8));
                return Optional.of(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static String required(Properties p, String key, String template) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("The template " + template + " has no '" + key + "'");
        }
        return v;
    }

    private static String fill(String text, Map<String, String> values, Locale locale) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("The template needs a value for {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(inWords(v, locale)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "2027-05-15" becomes "15 May 2027" or "15 Mai 2027"; anything else stays as it is. */
    static String inWords(String value, Locale locale) {
        if (!ISO_DATE.matcher(value).matches()) {
            return value;
        }
        try {
            return LocalDate.parse(value).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
