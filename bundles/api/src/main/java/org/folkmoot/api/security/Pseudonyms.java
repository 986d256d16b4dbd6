package org.folkmoot.api.security;

import java.util.regex.Pattern;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The author id under which a signed-in user's words go into the archive: an opaque pseudonym
 * derived from the account, never its sign-in name. The archive and its export are public; a
 * sign-in name there would tell anyone whom to lock out or whom to phish.
 *
 * <p>The form is {@code u-} followed by 26 lower-case base32 characters ({@code a-z}, {@code 2-7}):
 * 130 bits of an HMAC-SHA256 of the account id under a secret kept in this installation's
 * database, so the same account always writes under the same pseudonym (its withdrawals and
 * erasure requests find its words) and nobody without the database can link the two.
 */
@ProviderType
public interface Pseudonyms {

    /** Folkmoot's own pseudonyms: {@code u-} and 26 base32 characters. */
    Pattern FORM = Pattern.compile("u-[a-z2-7]{26}");

    /** The author id for what this user writes. */
    String authorOf(FolkmootUser user);

    /**
     * The author id for what a person wrote on another platform Folkmoot follows (a council's Decidim
     * site): the same form, derived from the source and the person's id there, never their name. The same
     * person on the same source always gets the same pseudonym, so their erasure finds all their words;
     * the same id on two sources gives two pseudonyms; nobody without this installation's database can
     * tell the source's id from it.
     *
     * @param source   names the platform, such as {@code decidim:decidim.example.org}
     * @param authorId the person's id on that platform
     * <p>It is the pseudonym of the account id {@code source + "\n" + authorId}, which no account can have
     * (account ids hold no line break): implementations need nothing more than {@link #authorOf}.
     *
     * @since 2.1
     */
    default String authorAt(String source, String authorId) {
        if (source == null || source.isBlank() || authorId == null || authorId.isBlank()) {
            throw new IllegalArgumentException("a pseudonym for another platform needs its source and the author's id there");
        }
        return authorOf(new FolkmootUser(source + "\n" + authorId, "", java.util.Set.of(), "internal", ""));
    }
}
