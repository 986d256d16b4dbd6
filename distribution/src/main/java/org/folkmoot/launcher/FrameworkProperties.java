package org.folkmoot.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.folkmoot.launcher.Main.LauncherException;

/**
 * {@code conf/framework.properties}, with {@code ${name}} replaced by the launcher's own values
 * ({@code folkmoot.home}, {@code folkmoot.data}, {@code folkmoot.port}, {@code folkmoot.deploy},
 * {@code folkmoot.demo}), then by system properties.
 */
final class FrameworkProperties {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    private FrameworkProperties() {
    }

    static Map<String, String> load(Options options) {
        Map<String, String> values = new HashMap<>();
        values.put("folkmoot.home", options.home().toString());
        values.put("folkmoot.data", options.data().toString());
        values.put("folkmoot.deploy", options.home().resolve("deploy").toString());
        values.put("folkmoot.port", Integer.toString(options.port()));
        values.put("folkmoot.demo", Boolean.toString(options.demo()));

        Path file = options.home().resolve("conf/framework.properties");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new LauncherException("Cannot read " + file + ": " + e.getMessage()
                    + ". Is this a complete Folkmoot installation?", e);
        }
        Map<String, String> result = new HashMap<>(values);
        for (String name : properties.stringPropertyNames()) {
            result.put(name, substitute(properties.getProperty(name), values));
        }
        return result;
    }

    static String substitute(String text, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.getOrDefault(name, System.getProperty(name));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
