package org.folkmoot.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * UK councils by GSS code ({@code E07000078} is Cheltenham), in English and, where the list has it,
 * Welsh ({@code W06000015}: Cardiff, Caerdydd). From mySociety's UK local authorities list
 * (CC-BY-4.0), reduced to {@code places.tsv}: code, name, Welsh name (empty: the English one).
 * Public, as pages read the names through FreeMarker (the package is not exported).
 */
public final class Places {

    /** A council's names; {@code cy} is the English name where the list has no Welsh one. */
    public record Name(String en, String cy) {

        public String name(String language) {
            return "cy".equals(language) ? cy : en;
        }
    }

    private static final Places UK = load();

    private final Map<String, Name> byCode;

    private Places(Map<String, Name> byCode) {
        this.byCode = byCode;
    }

    static Places uk() {
        return UK;
    }

    /** The council with this GSS code, or null for a code the list does not have. */
    Name name(String code) {
        return code == null ? null : byCode.get(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    private static Places load() {
        Map<String, Name> names = new HashMap<>();
        try (InputStream in = Places.class.getResourceAsStream("places.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                names.put(f[0], new Name(f[1], f.length > 2 && !f[2].isBlank() ? f[2] : f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Places(Map.copyOf(names));
    }
}
