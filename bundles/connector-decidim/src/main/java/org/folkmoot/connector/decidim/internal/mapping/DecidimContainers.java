package org.folkmoot.connector.decidim.internal.mapping;

import org.folkmoot.api.archive.Container;
import org.folkmoot.api.text.HtmlText;
import org.folkmoot.connector.decidim.internal.item.Component;
import org.folkmoot.connector.decidim.internal.item.DecidimItem;
import org.folkmoot.connector.decidim.internal.item.Space;

/**
 * How Decidim's spaces and components are named as containers. A contribution is filed under its
 * component ({@value #COMPONENT}); the component's parent is its space ({@value #SPACE}). Ids carry the
 * site's host, so two sites never share a container.
 */
public final class DecidimContainers {

    /** A participatory process or an assembly on a Decidim site. */
    public static final String SPACE = "decidim-space";
    /** A component (proposals, debates, meetings, accountability) of a space. */
    public static final String COMPONENT = "decidim-component";

    private DecidimContainers() {
    }

    /** {@code <host>:<space type>:<id>}, such as {@code decidim.example.org:assembly:3}. */
    public static String spaceId(String host, Space space) {
        return host + ":" + space.type().id() + ":" + space.id();
    }

    /** {@code <host>:<component id>}: component ids are unique on a site. */
    public static String componentId(String host, Component component) {
        return host + ":" + component.id();
    }

    /** The container an item is filed under, titled "space: component" in the source's own words. */
    public static Container component(DecidimItem item, HtmlText html) {
        String space = item.space().title().original().map(t -> html.toText(t.text())).orElse("");
        String component = item.component().name().original().map(t -> html.toText(t.text())).orElse("");
        String title = space.isEmpty() ? component : component.isEmpty() ? space : space + ": " + component;
        return new Container(COMPONENT, componentId(item.host(), item.component()),
                title.length() > 1000 ? title.substring(0, 999) + "…" : title);
    }
}
