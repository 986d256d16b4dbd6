package org.folkmoot.plans.internal.compare;

import java.util.Objects;

/**
 * One section of one version of a plan in one language, as the comparison reads it.
 *
 * @param key     what identifies the section from version to version (its id in the plan), never shown
 * @param heading the section's heading
 * @param body    the section's text; paragraphs are separated by a blank line
 */
public record VersionSection(String key, String heading, String body) {

    public VersionSection {
        Objects.requireNonNull(key, "key");
        heading = heading == null ? "" : heading;
        body = body == null ? "" : body;
    }
}
