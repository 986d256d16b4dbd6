package org.folkmoot.plans.internal.publish;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a plan's actions as the CSV Decidim's accountability component exports for its results (Decidim 0.27 and
 * 0.28): the same columns in the same order, nested names joined with "/", one column per language, lists joined
 * with ", ", semicolon-separated, and a leading {@code = + - @} defused with a quote as Decidim does.
 */
public final class DecidimResultsCsv {

    /** The columns for a site in English and Welsh, in Decidim's order. */
    public static List<String> header() {
        throw new UnsupportedOperationException("filled in next");
    }

    /** Writes the header and one row per action; does not close the writer. */
    public void write(List<ActionForExport> actions, Writer out) throws IOException {
        throw new UnsupportedOperationException("filled in next");
    }
}
