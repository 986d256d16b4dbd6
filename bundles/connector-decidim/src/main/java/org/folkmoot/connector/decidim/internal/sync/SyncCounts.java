package org.folkmoot.connector.decidim.internal.sync;

/** What a run did to the archive, item by item. Not thread-safe: one run, one thread. */
public final class SyncCounts {

    int created;
    int edited;
    int hidden;
    int unhidden;
    int erased;
    int refused;
    int unchanged;
    int requests;

    public SyncCounts() {
    }

    public SyncCounts(int created, int edited, int hidden, int unhidden, int erased, int refused, int unchanged, int requests) {
        this.created = created;
        this.edited = edited;
        this.hidden = hidden;
        this.unhidden = unhidden;
        this.erased = erased;
        this.refused = refused;
        this.unchanged = unchanged;
        this.requests = requests;
    }

    public int created() {
        return created;
    }

    public int edited() {
        return edited;
    }

    public int hidden() {
        return hidden;
    }

    public int unhidden() {
        return unhidden;
    }

    public int erased() {
        return erased;
    }

    public int refused() {
        return refused;
    }

    public int unchanged() {
        return unchanged;
    }

    public int requests() {
        return requests;
    }

    /** How many changes reached the archive. */
    public int changes() {
        return created + edited + hidden + unhidden + erased;
    }

    @Override
    public String toString() {
        return "created " + created + ", edited " + edited + ", hidden " + hidden + ", unhidden " + unhidden + ", erased "
                + erased + ", refused " + refused + ", unchanged " + unchanged + " (" + requests + " requests)";
    }
}
