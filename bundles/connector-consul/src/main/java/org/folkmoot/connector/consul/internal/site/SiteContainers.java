package org.folkmoot.connector.consul.internal.site;

import java.util.List;
import java.util.Optional;

import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerProvider;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.connector.consul.internal.mapping.ConsulContainers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Describes the containers CONSUL contributions are filed under: a site's proposals and debates, whose parent is the
 * site; each one's page is its list on the site (at the configured address, else {@code https://<host>}).
 */
@Component(service = ContainerProvider.class)
public class SiteContainers implements ContainerProvider {

    private final FollowedSites sites;

    @Activate
    public SiteContainers(@Reference FollowedSites sites) {
        this.sites = sites;
    }

    @Override
    public String module() {
        return "connector-consul";
    }

    @Override
    public List<ContainerType> types() {
        return ConsulContainers.TYPES;
    }

    @Override
    public Optional<ContainerDetails> describe(String type, String id) {
        String url = sites.byHost(id).flatMap(FollowedSite::site).map(ConsulSite::url).orElse("https://" + id);
        return ConsulContainers.describe(type, id, url);
    }
}
