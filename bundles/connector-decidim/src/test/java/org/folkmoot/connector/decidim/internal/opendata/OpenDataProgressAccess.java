package org.folkmoot.connector.decidim.internal.opendata;

/** Moves an import's progress as the import does, for tests outside this package. */
public final class OpenDataProgressAccess {

    private OpenDataProgressAccess() {
    }

    /** Checked with {@code rows} rows, of which {@code read} are read. */
    public static OpenDataProgress importing(OpenDataProgress p, long rows, long read) {
        p.checked(rows);
        for (long i = 0; i < read; i++) {
            p.rowRead();
        }
        return p;
    }

    /** A row refused, as the import refuses one. */
    public static OpenDataProgress refused(OpenDataProgress p, String file, long line, String key, Object... args) {
        p.refused(file, line, OpenDataMessage.of(key, args));
        return p;
    }
}
