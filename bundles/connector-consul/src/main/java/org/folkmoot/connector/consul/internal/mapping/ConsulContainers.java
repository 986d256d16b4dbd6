package org.folkmoot.connector.consul.internal.mapping;

import java.util.List;
import java.util.Optional;

import org.folkmoot.api.archive.Container;
import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.connector.consul.internal.client.ItemType;

/**
 * The containers a CONSUL site's words are filed under: its proposals ({@value #PROPOSALS}) and its debates
 * ({@value #DEBATES}), each with the site itself ({@value #SITE}) as parent. A comment is filed with the item it is
 * on. Ids are the site's host, so two sites never share a container; each page is the list on the site itself.
 */
public final class ConsulContainers {

    public static final String SITE = "consul-site";
    public static final String PROPOSALS = "consul-proposals";
    public static final String DEBATES = "consul-debates";

    public static final List<ContainerType> TYPES = List.of(
            new ContainerType(SITE, new LocalisedText("CONSUL site", "Gwefan CONSUL")),
            new ContainerType(PROPOSALS, new LocalisedText("Proposals on a CONSUL site", "Cynigion ar wefan CONSUL")),
            new ContainerType(DEBATES, new LocalisedText("Debates on a CONSUL site", "Dadleuon ar wefan CONSUL")));

    private ConsulContainers() {
    }

    /** The container of the proposals or debates of a site: a comment's is the one of the item it is on. */
    public static Container of(String host, ItemType type) {
        return type == ItemType.DEBATE ? new Container(DEBATES, host, "Debates: " + host)
                : new Container(PROPOSALS, host, "Proposals: " + host);
    }

    /**
     * One container described for the kit, given the site's public address.
     *
     * @param url the site's https base URL (no trailing slash)
     */
    public static Optional<ContainerDetails> describe(String type, String host, String url) {
        if (!url.startsWith("https://")) {
            return Optional.empty();
        }
        ContainerRef site = new ContainerRef(SITE, host);
        return switch (type) {
            case SITE -> Optional.of(new ContainerDetails(site, new LocalisedText("CONSUL: " + host, "CONSUL: " + host), null,
                    url + "/"));
            case PROPOSALS -> Optional.of(new ContainerDetails(new ContainerRef(PROPOSALS, host),
                    new LocalisedText("Proposals on " + host, "Cynigion ar " + host), site, url + "/proposals"));
            case DEBATES -> Optional.of(new ContainerDetails(new ContainerRef(DEBATES, host),
                    new LocalisedText("Debates on " + host, "Dadleuon ar " + host), site, url + "/debates"));
            default -> Optional.empty();
        };
    }
}
