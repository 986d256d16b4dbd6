package org.folkmoot.api.notifications;

import java.util.Map;
import java.util.Objects;

/**
 * A message to send.
 *
 * @param recipient who it is for
 * @param template  the template's name in the calling bundle's {@code mail/} folder
 * @param values    the values its {@code {name}} placeholders are replaced by
 */
public record Notification(Recipient recipient, String template, Map<String, String> values) {

    public Notification {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
