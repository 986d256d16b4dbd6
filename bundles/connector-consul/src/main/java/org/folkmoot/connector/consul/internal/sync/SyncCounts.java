package org.folkmoot.connector.consul.internal.sync;

/**
 * What a run did to the archive, item by item. Not thread-safe: one run, one thread.
 *
 * @param created   new contributions
 * @param edited    edits at the source made edits in the archive
 * @param hidden    items no longer on the site, hidden
 * @param unhidden  items back on the site, shown again
 * @param erased    contributions erased because their author's account was deleted
 * @param refused   items not taken in (no text, a deleted account)
 * @param unchanged items compared and found the same
 * @param requests  requests sent to the site
 */
public record SyncCounts(int created, int edited, int hidden, int unhidden, int erased, int refused, int unchanged,
        int requests) {

    public static final SyncCounts NONE = new SyncCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /** How many changes reached the archive. */
    public int changes() {
        return created + edited + hidden + unhidden + erased;
    }

    /** A running tally, turned into counts at the end of a run. */
    public static final class Tally {
        int created;
        int edited;
        int hidden;
        int unhidden;
        int erased;
        int refused;
        int unchanged;

        public SyncCounts counts(int requests) {
            return new SyncCounts(created, edited, hidden, unhidden, erased, refused, unchanged, requests);
        }
    }

    @Override
    public String toString() {
        return "created " + created + ", edited " + edited + ", hidden " + hidden + ", unhidden " + unhidden + ", erased "
                + erased + ", refused " + refused + ", unchanged " + unchanged + " (" + requests + " requests)";
    }
}
