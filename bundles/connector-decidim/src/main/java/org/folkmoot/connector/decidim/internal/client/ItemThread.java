package org.folkmoot.connector.decidim.internal.client;

import java.util.List;

import org.folkmoot.connector.decidim.internal.item.DecidimItem;

/**
 * One item fetched whole, with every comment and reply on it (the tree flattened, parents first).
 *
 * @param item             the item
 * @param withdrawn        whether its author withdrew it
 * @param comments         its comments at every depth
 * @param commentsComplete false when some comment failed to load: none may be taken as gone
 * @param errors           what the site reported as failed
 */
public record ItemThread(DecidimItem item, boolean withdrawn, List<DecidimItem> comments, boolean commentsComplete,
        List<String> errors) {

    public ItemThread {
        comments = List.copyOf(comments);
        errors = List.copyOf(errors);
    }
}
