package org.folkmoot.assemblies.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bad input, refused before anything is written: for each field at fault (the id a page's error
 * summary links to, or the JSON field) a message of this module. Pages show each in the page's
 * language beside its field; the API answers the English messages as one problem.
 */
public class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, Wording> errors;
    private final int status;

    public Refused(Map<String, ?> errors, int status) {
        super(describe(errors));
        Map<String, Wording> copy = new LinkedHashMap<>();
        errors.forEach((field, why) -> copy.put(field, why instanceof Wording w ? w : Wording.of(String.valueOf(why))));
        this.errors = Collections.unmodifiableMap(copy);
        this.status = status;
    }

    /** One field's refusal, 422. */
    public static Refused of(String field, String key, Object... args) {
        return new Refused(Map.of(field, Wording.of(key, args)), 422);
    }

    /** The same refusal answered with another status (409 for a used code, 429 for too many tries). */
    public Refused withStatus(int newStatus) {
        return new Refused(errors, newStatus);
    }

    /** Field id to message, in page order. */
    public Map<String, Wording> errors() {
        return errors;
    }

    /** Field id to the message in a language, as a page's {@code errors} model holds them. */
    public Map<String, String> errors(String language) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((f, w) -> out.put(f, w.in(language)));
        return out;
    }

    public int status() {
        return status;
    }

    private static String describe(Map<String, ?> errors) {
        return errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + (e.getValue() instanceof Wording w ? w : Wording.of(String.valueOf(e.getValue()))).in("en"))
                .collect(Collectors.joining(" "));
    }
}
