package org.folkmoot.connector.decidim.internal.sync;

import java.util.HashSet;
import java.util.Set;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.api.text.HtmlText;
import org.folkmoot.connector.decidim.internal.client.ComponentRef;
import org.folkmoot.connector.decidim.internal.client.Listing;
import org.folkmoot.connector.decidim.internal.item.Space;
import org.folkmoot.connector.decidim.internal.item.Translations;
import org.folkmoot.connector.decidim.internal.mapping.DecidimContainers;
import org.folkmoot.connector.decidim.internal.sync.SeenItem.Status;
import org.folkmoot.connector.decidim.internal.sync.SyncStore.SavedContainer;

/**
 * Records the spaces and components a site lists (what the module's container provider describes), and,
 * after a complete listing, takes a component that is no longer listed (its space made private, the
 * component unpublished) as gone: its items are hidden with that reason.
 */
public final class ContainerRecorder {

    private final String site;
    private final SyncStore store;
    private final ArchiveWriter writer;
    private final HtmlText html;

    public ContainerRecorder(String site, SyncStore store, ArchiveWriter writer, HtmlText html) {
        this.site = site;
        this.store = store;
        this.writer = writer;
        this.html = html;
    }

    public void record(String host, Listing listing, boolean detectGone, SyncCounts n) {
        Set<String> listed = new HashSet<>();
        for (ComponentRef c : listing.components()) {
            Space space = c.space();
            String spaceId = DecidimContainers.spaceId(host, space);
            String spaceUrl = site + "/" + space.type().path() + "/" + (space.slug().isEmpty() ? space.id() : space.slug());
            store.saveContainer(new SavedContainer("space", spaceId, host, null, text(space.title()), spaceUrl, true));
            String componentId = DecidimContainers.componentId(host, c.component());
            listed.add(componentId);
            store.saveContainer(new SavedContainer("component", componentId, host, spaceId, text(c.component().name()),
                    spaceUrl + "/f/" + c.component().id() + "/", true));
        }
        if (!detectGone || !listing.complete()) {
            return;
        }
        for (SavedContainer gone : store.components(host)) {
            if (listed.contains(gone.id()) || !gone.present()) {
                continue;
            }
            String componentId = gone.id().substring(host.length() + 1);
            for (SeenItem item : store.everythingIn(host, componentId)) {
                if (item.status() == Status.PRESENT) {
                    writer.hide(item, ArchiveWriter.SPACE_GONE, n);
                }
            }
            store.saveContainer(new SavedContainer(gone.kind(), gone.id(), host, gone.parentId(), gone.title(), gone.url(),
                    false));
        }
    }

    /** A title in English and Welsh: the site's own translations when it has them, else the text as written. */
    LocalisedText text(Translations field) {
        return text(field, html);
    }

    /** The same with the given HTML to text, for the open-data import's containers. */
    public static LocalisedText text(Translations field, HtmlText html) {
        String original = field.original().map(t -> html.toText(t.text())).orElse("");
        String en = field.in("en").map(html::toText).orElse(original);
        String cy = field.in("cy").map(html::toText).orElse(en);
        return new LocalisedText(en.isBlank() ? "Decidim" : en, cy);
    }
}
