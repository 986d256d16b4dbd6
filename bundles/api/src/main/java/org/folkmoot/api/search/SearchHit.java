package org.folkmoot.api.search;

import java.time.Instant;
import org.folkmoot.api.container.ContainerRef;

/**
 * One contribution found.
 *
 * @param id        the archive's id of the contribution
 * @param title     its title as the resident wrote it (may be empty)
 * @param snippet   HTML: escaped text of the contribution with the searched words in {@code <mark>}
 * @param link      where it was said: its own link, else its container's page (relative to the site,
 *                  {@code /assemblies/a1}, or absolute for another platform)
 * @param date      when it was written
 * @param container what it was written to
 * @param language  its language (BCP 47 primary tag)
 */
public record SearchHit(String id, String title, String snippet, String link, Instant date, ContainerRef container,
        String language) {
}
