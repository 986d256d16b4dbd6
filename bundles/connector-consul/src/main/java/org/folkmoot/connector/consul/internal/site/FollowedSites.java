package org.folkmoot.connector.consul.internal.site;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Every configured CONSUL site of this runtime, as they come and go with their {@code .cfg} files. */
@Component(service = FollowedSites.class)
public class FollowedSites {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, fieldOption = FieldOption.REPLACE)
    private volatile List<FollowedSite> sites = List.of();

    public FollowedSites() {
    }

    /** A fixed set of sites, for tests. */
    public static FollowedSites of(List<FollowedSite> sites) {
        FollowedSites out = new FollowedSites();
        out.sites = List.copyOf(sites);
        return out;
    }

    /** The sites, by host. */
    public List<FollowedSite> all() {
        return sites.stream().sorted(Comparator.comparing(FollowedSite::host)).toList();
    }

    /** The site with this host, if one is configured. */
    public Optional<FollowedSite> byHost(String host) {
        return sites.stream().filter(s -> s.host().equalsIgnoreCase(host)).findFirst();
    }
}
