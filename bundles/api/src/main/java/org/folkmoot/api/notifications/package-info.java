/**
 * Notifications to people by e-mail, through a transactional outbox.
 *
 * <p>A module calls {@link org.folkmoot.api.notifications.Notifications#send(java.sql.Connection, Notification)}
 * with the connection of the transaction that made the change the notification is about. The
 * platform renders the message from the calling bundle's templates in the recipient's language and
 * writes it to the outbox in that transaction: if the change rolls back, nothing is sent. A
 * scheduled sender delivers the outbox over SMTP (configured in
 * {@code conf/org.folkmoot.platform.Mail.cfg}), retrying with backoff while the server fails.
 *
 * <p>Templates are properties files in the module's bundle, {@code mail/<template>.properties}
 * (English) and {@code mail/<template>_cy.properties} (Welsh), with the keys {@code subject} and
 * {@code body}; {@code {name}} in them is replaced by the notification's value of that name, and a
 * value that is an ISO date ({@code 2027-05-15}) is written in words in the message's language
 * ("15 May 2027", "15 Mai 2027"). A recipient who is an account gets the e-mail address and
 * language of their account; modules never see the address.
 */
@Export
@Version("1.0.0")
package org.folkmoot.api.notifications;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
