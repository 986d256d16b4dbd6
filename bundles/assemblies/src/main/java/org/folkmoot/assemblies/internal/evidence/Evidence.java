package org.folkmoot.assemblies.internal.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.folkmoot.api.container.LocalisedText;

/**
 * Evidence an assembly heard, public: the speaker, their organisation and the interests they
 * declared, a title and summary in English and Welsh, a video link, and the questions members asked
 * with the answers. Slides and documents are files in the platform's store, owned by {@link #fileOwner()}.
 *
 * @param number    1, 2, ... within the assembly
 * @param session   the day of the session it was heard at, or null
 * @param interests declared interests; empty when none were declared
 * @param videoLink an {@code https} link, or empty
 */
public record Evidence(String id, String assemblyId, int number, LocalDate session, String speaker, String organisation,
        String interests, LocalisedText title, LocalisedText summary, String videoLink, List<Asked> questions) {

    public Evidence {
        questions = List.copyOf(questions);
    }

    /** A question a member asked and the answer, in the language it was asked in. */
    public record Asked(String language, String question, String answer) {
    }

    public Optional<LocalDate> sessionIfAny() {
        return Optional.ofNullable(session);
    }

    /** The owner of its files in the platform's file store. */
    public String fileOwner() {
        return fileOwner(id);
    }

    public static String fileOwner(String id) {
        return "evidence-" + id;
    }
}
