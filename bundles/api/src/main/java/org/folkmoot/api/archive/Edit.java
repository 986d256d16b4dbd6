package org.folkmoot.api.archive;

import java.util.List;

/**
 * New text for a contribution; a null component keeps what is there.
 */
public record Edit(String title, String body, List<String> tags) {
}
