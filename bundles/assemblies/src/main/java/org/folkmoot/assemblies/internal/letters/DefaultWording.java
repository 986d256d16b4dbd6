package org.folkmoot.assemblies.internal.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The wording shipped in {@code letters/wording_en.txt} and {@code wording_cy.txt}: first line the heading, then the body. */
final class DefaultWording {
    private DefaultWording() {
    }

    static LetterWording of(String language) {
        String name = "/letters/wording_" + (language.equals("cy") ? "cy" : "en") + ".txt";
        try (InputStream in = DefaultWording.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The bundle lacks " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return new LetterWording(text.substring(0, end).strip(), text.substring(end + 1).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
