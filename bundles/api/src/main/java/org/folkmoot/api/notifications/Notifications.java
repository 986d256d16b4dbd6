package org.folkmoot.api.notifications;

import java.sql.Connection;

import org.osgi.annotation.versioning.ProviderType;

/** The outbox; see the package documentation. */
@ProviderType
public interface Notifications {

    /**
     * Renders the notification from the calling bundle's templates and writes it to the outbox in
     * the caller's transaction.
     *
     * @return false when nothing was queued because the recipient account has no e-mail address
     *         (or no longer exists)
     * @throws IllegalArgumentException when the template is missing or names a value not given
     */
    boolean send(Connection tx, Notification notification);
}
