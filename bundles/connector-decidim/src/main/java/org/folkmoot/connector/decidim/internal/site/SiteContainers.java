package org.folkmoot.connector.decidim.internal.site;

import java.util.List;
import java.util.Optional;

import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerProvider;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.Licence;
import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.connector.decidim.internal.mapping.DecidimContainers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Describes the Decidim spaces and components contributions are filed under, from what the last sync saw:
 * a component's parent is its space; each one's page is its own page on the Decidim site. Each carries the
 * licence Decidim publishes its open data under (ODbL 1.0), crediting the site, which search shows beside
 * every hit from it.
 */
@Component(service = ContainerProvider.class)
public class SiteContainers implements ContainerProvider {

    private static final List<ContainerType> TYPES = List.of(
            new ContainerType(DecidimContainers.SPACE, new LocalisedText("Decidim space", "Gofod Decidim")),
            new ContainerType(DecidimContainers.COMPONENT, new LocalisedText("Decidim component", "Cydran Decidim")));

    private final ConnectorStorage storage;

    @Activate
    public SiteContainers(@Reference ConnectorStorage storage) {
        this.storage = storage;
    }

    @Override
    public String module() {
        return "connector-decidim";
    }

    @Override
    public List<ContainerType> types() {
        return TYPES;
    }

    @Override
    public Optional<ContainerDetails> describe(String type, String id) {
        String kind = DecidimContainers.SPACE.equals(type) ? "space" : DecidimContainers.COMPONENT.equals(type) ? "component" : null;
        if (kind == null) {
            return Optional.empty();
        }
        return storage.store().container(kind, id).filter(c -> c.url().startsWith("https://"))
                .map(c -> new ContainerDetails(new ContainerRef(type, c.id()), c.title(),
                        c.parentId() == null ? null : new ContainerRef(DecidimContainers.SPACE, c.parentId()), c.url(),
                        licence(c.url())));
    }

    /** Decidim's open-data licence, crediting the site a container is on. */
    static Licence licence(String pageOnSite) {
        String host = java.net.URI.create(pageOnSite).getHost();
        return new Licence("ODbL 1.0", "https://opendatacommons.org/licenses/odbl/1-0/",
                new LocalisedText("Contains information from " + host + ", made available under the Open Database Licence",
                        "Yn cynnwys gwybodaeth o " + host + ", ar gael dan y Drwydded Cronfa Ddata Agored"));
    }
}
