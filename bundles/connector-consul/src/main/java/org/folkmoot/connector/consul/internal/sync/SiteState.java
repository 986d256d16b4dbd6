package org.folkmoot.connector.consul.internal.sync;

import org.folkmoot.connector.consul.internal.client.ItemType;

/**
 * A site's sweep under way (a row of {@code consul_site_state}): what a run stopped by a restart or a failure
 * resumes from.
 *
 * @param host       the site
 * @param sweep      the run that started the sweep (items it listed carry its number); null when none is under way
 * @param collection the collection it had reached
 * @param cursor     the last page taken there, or null for none yet
 * @param pagesDone  pages taken in the sweep so far, for the officers' page
 */
public record SiteState(String host, Long sweep, ItemType collection, String cursor, int pagesDone) {

    public static SiteState none(String host) {
        return new SiteState(host, null, null, null, 0);
    }

    public boolean underWay() {
        return sweep != null && collection != null;
    }
}
