package org.folkmoot.api.container;

import java.util.Objects;
import java.util.Optional;

/**
 * A container as the module that owns it describes it now.
 *
 * @param ref    which container
 * @param title  its title in English and Welsh
 * @param parent the container it belongs to (the asset a case is about, the assembly of a session), or null
 * @param page   the public page that shows it: a path in Folkmoot starting with one {@code /}, or an
 *               absolute {@code https} URL for a container that lives on another platform
 * @param licence the licence what was said in it was published under where it came from, with its
 *               attribution, to be shown beside it; null for what residents wrote in Folkmoot (since 1.1)
 */
public record ContainerDetails(ContainerRef ref, LocalisedText title, ContainerRef parent, String page, Licence licence) {

    public ContainerDetails {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(page, "page");
        if (!(page.startsWith("/") && !page.startsWith("//")) && !page.startsWith("https://")) {
            throw new IllegalArgumentException("a container's page must be a path starting with '/' or an https URL, not '"
                    + page + "'");
        }
    }

    /** The 1.0 form, without a licence: kept so that providers built against 1.0 still run. */
    public ContainerDetails(ContainerRef ref, LocalisedText title, ContainerRef parent, String page) {
        this(ref, title, parent, page, null);
    }

    /** @since 1.1 */
    public Optional<Licence> licenceIfAny() {
        return Optional.ofNullable(licence);
    }

    public Optional<ContainerRef> parentIfAny() {
        return Optional.ofNullable(parent);
    }
}
