package org.folkmoot.api.notifications;

import java.util.Objects;

/**
 * Who a notification is for: an account (its e-mail address and language are looked up by the
 * platform) or an address given directly, with the language to write in ({@code en} or {@code cy}).
 */
public record Recipient(String accountId, String email, String language) {

    public Recipient {
        if ((accountId == null) == (email == null)) {
            throw new IllegalArgumentException("a recipient is either an account or an e-mail address");
        }
        language = language == null || language.isBlank() ? "en" : language;
    }

    public static Recipient account(String accountId) {
        return new Recipient(Objects.requireNonNull(accountId), null, null);
    }

    public static Recipient address(String email, String language) {
        return new Recipient(null, Objects.requireNonNull(email), language);
    }
}
