package org.folkmoot.assemblies.internal.recommendations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.Wording;

/**
 * A wording as members or a facilitator typed it, checked before it is kept: title and text in
 * English and Welsh, who wrote it, an optional note.
 */
public record Draft(String titleEn, String titleCy, String textEn, String textCy, String changedBy, String note) {
    static final int TITLE = 300;
    static final int TEXT = 10_000;

    /** The checked wording; every field at fault is refused at once, beside its field. */
    public Draft checked() {
        Map<String, Wording> errors = new LinkedHashMap<>();
        required(errors, "titleEn", titleEn, TITLE);
        required(errors, "titleCy", titleCy, TITLE);
        required(errors, "textEn", textEn, TEXT);
        required(errors, "textCy", textCy, TEXT);
        required(errors, "changedBy", changedBy, 200);
        if (note != null && note.length() > 1000) {
            errors.put("note", Wording.of("assemblies.recommendations.error.tooLong", 1000));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        return new Draft(titleEn.strip(), titleCy.strip(), textEn.strip(), textCy.strip(), changedBy.strip(),
                note == null ? "" : note.strip());
    }

    LocalisedText title() {
        return new LocalisedText(titleEn, titleCy);
    }

    LocalisedText text() {
        return new LocalisedText(textEn, textCy);
    }

    private static void required(Map<String, Wording> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, Wording.of("assemblies.recommendations.error.required." + field));
        } else if (value.length() > max) {
            errors.put(field, Wording.of("assemblies.recommendations.error.tooLong", max));
        }
    }
}
