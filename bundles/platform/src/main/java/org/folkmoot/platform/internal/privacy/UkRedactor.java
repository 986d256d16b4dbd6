package org.folkmoot.platform.internal.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.folkmoot.api.privacy.PersonalData;
import org.folkmoot.api.privacy.Redacted;
import org.folkmoot.api.privacy.Redactor;
import org.osgi.service.component.annotations.Component;

/**
 * The one {@link Redactor}: one regular expression over four kinds of UK personal data, scanned once,
 * behind a cheap check that lets the many texts holding none skip it.
 *
 * <p>Each pattern refuses to start or end inside a longer run of letters or digits, or next to a '/'
 * or '-', which is what keeps dates ({@code 12/05/2024}, {@code 2024-05-12}),
 * money ({@code £1,250.00}), planning references ({@code 21/01234/FUL}) and UPRNs
 * ({@code 100120000001}) out.
 */
@Component(service = Redactor.class)
public final class UkRedactor implements Redactor {

    // Starts only at the start of a run of local-part characters, possessive: linear, not quadratic, in word length.
    private static final String EMAIL = "(?<email>(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}._%+'-]++@[\\p{L}\\p{N}-]+"
            + "(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,})";
    // +44 or 0044 then 9 or 10 digits (the national number without its 0), or 0 then 9 or 10 digits (the
    // area code may be bracketed, "(029) 2087 2087"; a bracket around the whole number is left); grouped
    // by spaces, hyphens or brackets (not dots, slashes or commas: times, dates and money use those); an
    // extension may follow.
    private static final String PHONE = "(?<phone>(?<![\\p{L}\\p{N}+/\\-_£$€#])"
            + "(?:(?:\\+|00)44[ \\u00A0-]?(?:\\(0\\)[ \\u00A0-]?)?|(?:\\((?=0\\d{2,5}\\)))?0)"
            + "\\d(?:[ \\u00A0()-]{0,2}\\d){8,9}"
            + "(?:[ \\u00A0]?,?[ \\u00A0]?(?:ext\\.?|extn\\.?|extension|estyniad|x)[ \\u00A0]?\\d{1,5})?"
            + "(?![\\p{L}\\p{N}/]|-\\d))";
    // Outward code (A9, A9A, A99, AA9, AA9A, AA99), an optional space, inward code (9AA: no C, I, K, M, O, V); GIR 0AA.
    private static final String POSTCODE = "(?<postcode>(?<![\\p{L}\\p{N}/-])"
            + "(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?|GIR)[ \\t\\u00A0]?\\d[ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\p{N}/-]))";
    // Two prefix letters (not D, F, I, Q, U, V; second not O; not BG, GB, KN, NK, NT, TN, ZZ), six digits,
    // a suffix A-D; without the suffix only when spaced as printed on the card (QQ 12 34 56).
    private static final String NI_PREFIX = "(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]";
    private static final String NATIONAL_INSURANCE = "(?<ni>(?<![\\p{L}\\p{N}/-])" + NI_PREFIX
            + "(?:[ \\u00A0]?\\d{2}[ \\u00A0]?\\d{2}[ \\u00A0]?\\d{2}[ \\u00A0]?[A-D]|[ \\u00A0]\\d{2}[ \\u00A0]\\d{2}[ \\u00A0]\\d{2})"
            + "(?![\\p{L}\\p{N}/-]))";

    private static final Pattern PERSONAL_DATA = Pattern.compile(
            EMAIL + "|" + NATIONAL_INSURANCE + "|" + PHONE + "|" + POSTCODE, Pattern.CASE_INSENSITIVE);

    @Override
    public String redact(String text, String language) {
        if (text == null || !mayContainPersonalData(text)) {
            return text;
        }
        Matcher m = PERSONAL_DATA.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(kind(m).label(language));
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    @Override
    public List<Redacted> find(CharSequence text) {
        if (text == null || !mayContainPersonalData(text)) {
            return List.of();
        }
        List<Redacted> found = new ArrayList<>();
        Matcher m = PERSONAL_DATA.matcher(text);
        while (m.find()) {
            found.add(new Redacted(kind(m), m.start(), m.end()));
        }
        return found;
    }

    private static PersonalData kind(Matcher m) {
        if (m.group("email") != null) {
            return PersonalData.EMAIL;
        }
        if (m.group("ni") != null) {
            return PersonalData.NATIONAL_INSURANCE;
        }
        return m.group("phone") != null ? PersonalData.PHONE : PersonalData.POSTCODE;
    }

    /**
     * Cheap pre-check, a superset of what the expression matches, so most texts skip it: an email needs
     * an '@', a phone number at least ten digits, a postcode a digit followed by two letters (its inward
     * code), a National Insurance number six digits in a run (spaces allowed). Years, prices and "2nd"
     * alone do not qualify.
     */
    static boolean mayContainPersonalData(CharSequence text) {
        int digits = 0;
        int run = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '@') {
                return true;
            }
            if (c >= '0' && c <= '9') {
                if (++digits >= 10) {
                    return true;
                }
                run++;
                if (i + 2 < n && Character.isLetter(text.charAt(i + 1)) && Character.isLetter(text.charAt(i + 2))) {
                    return true;
                }
            } else if (c == ' ' || c == '\u00A0') {
                continue;
            } else {
                if (run >= 6) {
                    return true;
                }
                run = 0;
            }
        }
        return run >= 6;
    }
}
