package org.folkmoot.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * axe-core (Deque's accessibility engine, MPL-2.0, pinned in the kit's pom) run inside the page a
 * real Chromium has loaded: the rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA.
 */
public final class Axe {

    /** The WCAG tags the check runs: every A and AA rule up to WCAG 2.2. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = read();

    private Axe() {
    }

    /** One broken rule on a page, with the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " at " + targets;
        }
    }

    /** The violations on the page the browser shows now; JavaScript must be on. */
    public static List<Violation> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(SOURCE);
        Object raw = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));
                """, WCAG_22_AA);
        JsonNode result = Json.parse(String.valueOf(raw));
        if (result.has("error")) {
            throw new IllegalStateException("axe-core failed on " + browser.getCurrentUrl() + ": " + result.get("error"));
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : result) {
            List<String> targets = new ArrayList<>();
            v.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
            violations.add(new Violation(v.get("id").asText(), v.path("impact").asText(), v.get("help").asText(), targets));
        }
        return violations;
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not in the test kit jar: the build fetches it with npm");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
