package org.folkmoot.api.privacy;

/**
 * One piece of personal data found in a text.
 *
 * @param kind  what it is
 * @param start index of its first character
 * @param end   index after its last character
 */
public record Redacted(PersonalData kind, int start, int end) {

    public Redacted {
        if (kind == null || start < 0 || end <= start) {
            throw new IllegalArgumentException("a match needs a kind and start < end, not " + kind + " " + start + "-" + end);
        }
    }
}
