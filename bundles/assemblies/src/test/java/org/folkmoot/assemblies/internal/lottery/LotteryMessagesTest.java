package org.folkmoot.assemblies.internal.lottery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message key the lottery and letters code uses is in English and in Welsh, with the same arguments. */
class LotteryMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"((?:lottery|letters)\\.[a-zA-Z0-9]+\\.[a-zA-Z0-9]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");

    @Test
    void everyKeyIsTranslatedWithTheSameArguments() throws IOException {
        Set<String> used = new TreeSet<>();
        Path main = Path.of("src/main/java/org/folkmoot/assemblies/internal");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 25, "keys found in the code: " + used);
        Properties english = load("/l10n/messages.properties");
        Properties welsh = load("/l10n/messages_cy.properties");
        for (String key : used) {
            String en = english.getProperty(key);
            String cy = welsh.getProperty(key);
            assertTrue(en != null && !en.isBlank(), "English for " + key);
            assertTrue(cy != null && !cy.isBlank(), "Welsh for " + key);
            assertNotEquals(en, cy, "Welsh is not English: " + key);
            assertEquals(arguments(en), arguments(cy), key);
            if (!arguments(en).isEmpty()) {
                // a pattern with arguments is a MessageFormat: an apostrophe must be doubled or it swallows the text
                assertFalse(new MessageFormat(en).format(new Object[] {"A", "B", "C"}).contains("{"), key);
                assertFalse(new MessageFormat(cy).format(new Object[] {"A", "B", "C"}).contains("{"), key);
            } else {
                assertFalse(en.contains("''") || cy.contains("''"), "no arguments, so plain text: " + key);
            }
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = LotteryMessagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
