package org.folkmoot.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Every English and Welsh message the runtime's bundles carry ({@code l10n/messages.properties} and
 * {@code l10n/messages_cy.properties} in each jar, and the web bundle's {@code l10n/web[_cy].properties}), turned into what English looks like on a page:
 * the fixed text of each English message whose Welsh message says something else.
 *
 * <p>A message is cut at its placeholders ({@code {0}}), markup and sentence ends into fragments,
 * because a page shows it filled in and may show one sentence of it. A fragment of two words or more is looked for inside a page's text; a one-word
 * message only as the whole of a text (a button, a label), since one English word may well stand in
 * a Welsh sentence. A fragment that some Welsh message also contains (a statute's name, a brand), or
 * a word that is itself a Welsh message ("Cymraeg", the English page's language switch), is not
 * English-only and is dropped.
 */
public final class Messages {

    private static final Pattern CUT = Pattern.compile("\\{[^}]*}|<[^>]*>|[\\n:;()\\[\\]«»\"“”]|(?<=[.!?])\\s");

    /** An English fragment and the message it came from. */
    public record Phrase(String text, String key, String source) {
    }

    private final List<Phrase> inside = new ArrayList<>();
    private final Map<String, Phrase> whole = new HashMap<>();
    private int pairs;

    /**
     * English that reaches pages without being a message: HTTP's reason phrases, which become a
     * problem's title when no endpoint gave one.
     */
    private static final List<String> REASON_PHRASES = List.of("Bad Request", "Unauthorized", "Forbidden", "Not Found",
            "Method Not Allowed", "Not Acceptable", "Conflict", "Gone", "Content Too Large", "Payload Too Large",
            "Unsupported Media Type", "Unprocessable Content", "Unprocessable Entity", "Too Many Requests",
            "Internal Server Error", "Service Unavailable");

    private Messages() {
        REASON_PHRASES.forEach(p -> whole.put(p, new Phrase(p, "HTTP reason phrase", "the HTTP layer")));
    }

    /** The messages of every jar in an installation's {@code bundle/} and {@code system/}. */
    public static Messages ofInstallation(Path home) {
        Messages messages = new Messages();
        List<String[]> welshValues = new ArrayList<>();
        List<Object[]> english = new ArrayList<>();
        for (String dir : List.of("bundle", "system")) {
            try (Stream<Path> files = Files.walk(home.resolve(dir))) {
                for (Path jar : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".jar"))::iterator) {
                    try (ZipFile zip = new ZipFile(jar.toFile())) {
                        // A module's messages, and the web bundle's own (the layout, the kit, error pages).
                        for (String name : List.of("messages", "web")) {
                            Properties en = read(zip, "l10n/" + name + ".properties");
                            Properties cy = read(zip, "l10n/" + name + "_cy.properties");
                            if (en == null || cy == null) {
                                continue;
                            }
                            for (String key : en.stringPropertyNames()) {
                                String welsh = cy.getProperty(key);
                                if (welsh == null || normal(welsh).equals(normal(en.getProperty(key)))) {
                                    continue;
                                }
                                messages.pairs++;
                                english.add(new Object[] {key, en.getProperty(key), jar.getFileName().toString()});
                            }
                            cy.stringPropertyNames().forEach(k -> welshValues.add(new String[] {normal(cy.getProperty(k))}));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Object[] e : english) {
            messages.add((String) e[0], (String) e[1], (String) e[2], welshValues);
        }
        return messages;
    }

    private void add(String key, String value, String source, List<String[]> welshValues) {
        String text = normal(value.replace("''", "'"));
        if (!CUT.matcher(text).find() && !text.contains(" ") && text.length() >= 3) {
            // "Cymraeg" is the English page's language switch, and Welsh on a Welsh page.
            boolean welshToo = welshValues.stream().anyMatch(w -> w[0].equals(text));
            if (!welshToo) {
                whole.put(text, new Phrase(text, key, source));
            }
            return;
        }
        for (String part : CUT.split(text)) {
            String fragment = normal(part).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
            if (fragment.split(" ").length < 2 || fragment.length() < 8) {
                continue;
            }
            boolean inWelsh = welshValues.stream().anyMatch(w -> w[0].contains(fragment));
            if (!inWelsh) {
                inside.add(new Phrase(fragment, key, source));
            }
        }
    }

    /** How many messages differ between the languages (a check that found none checked nothing). */
    public int differingMessages() {
        return pairs;
    }

    /** The English phrases in a text seen on a Welsh page, none when it is Welsh. */
    public List<Phrase> englishIn(String visibleText) {
        String text = normal(visibleText);
        List<Phrase> found = new ArrayList<>();
        // A label with a count after it ("Petitions (300)") is still the one word.
        Phrase exact = whole.get(text.replaceAll("[\\p{Punct}\\s\\d]+$", ""));
        if (exact != null) {
            found.add(exact);
        }
        for (Phrase phrase : inside) {
            if (text.contains(phrase.text())) {
                found.add(phrase);
            }
        }
        return found;
    }

    private static Properties read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static String normal(String text) {
        return text.replace('\u00a0', ' ').replace('’', '\'').replaceAll("\\s+", " ").trim();
    }
}
