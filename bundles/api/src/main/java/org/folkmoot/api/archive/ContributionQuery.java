package org.folkmoot.api.archive;

/**
 * Which contributions to list, newest first. A null component does not filter.
 *
 * @param module        the receiving module
 * @param containerType with {@code containerId}: one container
 * @param containerId   the container's id
 * @param author        one pseudonymous author
 * @param publicOnly    only published contributions (what residents may see)
 * @param limit         at most this many (1 to 1000)
 * @param offset        skip this many
 */
public record ContributionQuery(String module, String containerType, String containerId, String author,
        boolean publicOnly, int limit, int offset) {

    public ContributionQuery {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }

    /** Published contributions in one container. */
    public static ContributionQuery inContainer(String module, Container container, int limit) {
        return new ContributionQuery(module, container.type(), container.id(), null, true, limit, 0);
    }

    public static ContributionQuery byAuthor(String author, int limit) {
        return new ContributionQuery(null, null, null, author, false, limit, 0);
    }
}
