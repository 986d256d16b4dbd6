package org.folkmoot.api.container;

import java.util.List;
import java.util.Optional;

import org.folkmoot.api.archive.Contribution;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's one resolver of containers, over every registered {@link ContainerProvider}: what search,
 * exports and moderation lists use to send a person to the page where something was said.
 */
@ProviderType
public interface Containers {

    /** Every container type a running module has registered. */
    List<ContainerType> types();

    /** A container as its module describes it, or empty if no running module answers for it. */
    Optional<ContainerDetails> describe(ContainerRef ref);

    /**
     * Where a contribution was said: its own link, else its container's page; empty when it has no link
     * and no running module describes its container.
     */
    Optional<String> pageOf(Contribution contribution);
}
