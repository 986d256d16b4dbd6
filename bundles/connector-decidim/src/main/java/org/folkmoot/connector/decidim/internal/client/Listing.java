package org.folkmoot.connector.decidim.internal.client;

import java.util.List;

/**
 * The followed components of a site, in id order.
 *
 * @param components every followed component that holds items Folkmoot takes
 * @param errors     what the site reported as failed
 * @param complete   false when some space or component failed to load: nothing may be taken as gone
 */
public record Listing(List<ComponentRef> components, List<String> errors, boolean complete) {

    public Listing {
        components = List.copyOf(components);
        errors = List.copyOf(errors);
    }
}
