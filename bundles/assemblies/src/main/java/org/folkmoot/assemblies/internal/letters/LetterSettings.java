package org.folkmoot.assemblies.internal.letters;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every letter of one assembly shares: the council's name (English and Welsh), the
 * assembly's name and question, the registration page's address (the code is added as
 * {@code ?code=}), the date to register by, a phone number for those who cannot register online,
 * the return address printed small above the recipient's, the language and the wording.
 */
public record LetterSettings(Bilingual council, Bilingual assembly, Bilingual question, String registrationUrl,
        LocalDate registerBy, String phone, String returnAddress, LetterLanguage language, LetterWording english,
        LetterWording welsh) {

    /** A text in English and in Welsh. */
    public record Bilingual(String english, String welsh) {
        public Bilingual {
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(welsh, "welsh");
        }

        public String in(String language) {
            return language.equals("cy") && !welsh.isBlank() ? welsh : english;
        }
    }

    public LetterSettings {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(assembly, "assembly");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(registrationUrl, "registrationUrl");
        Objects.requireNonNull(registerBy, "registerBy");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(returnAddress, "returnAddress");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(welsh, "welsh");
    }

    /** The address the QR code and the letter give: the registration page with the code filled in. */
    public String registrationLink(String code) {
        return registrationUrl + (registrationUrl.contains("?") ? "&" : "?") + "code=" + code;
    }
}
