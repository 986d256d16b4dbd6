package org.folkmoot.assemblies.internal.lottery;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The English text of a {@link LotteryProblem} for the command line, from the bundle's own messages. */
final class Messages {
    private static final Properties ENGLISH = load("/l10n/messages.properties");

    private Messages() {
    }

    static String english(String key, List<String> arguments) {
        String pattern = ENGLISH.getProperty(key);
        if (pattern == null) {
            return key + " " + arguments;
        }
        // as the page kit does: a message without arguments is plain text, with them a MessageFormat pattern
        return arguments.isEmpty() ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments.toArray());
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
