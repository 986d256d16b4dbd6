package org.folkmoot.api.privacy;

import java.util.Objects;

/**
 * One kind of personal data a part of Folkmoot keeps, as a privacy notice states it (UK GDPR
 * Articles 13 and 14): what, why, on which lawful basis, for how long and who sees it.
 *
 * @param what        the data, such as "Your email address and the name you sign in with"
 * @param why         what it is used for
 * @param lawfulBasis the Article 6 basis (and Article 9 condition for special category data)
 * @param howLong     how long it is kept and what happens then
 * @param whoSees     who can see it
 */
public record PersonalDataKept(String what, String why, String lawfulBasis, String howLong, String whoSees) {

    public PersonalDataKept {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(lawfulBasis, "lawfulBasis");
        Objects.requireNonNull(howLong, "howLong");
        Objects.requireNonNull(whoSees, "whoSees");
    }
}
