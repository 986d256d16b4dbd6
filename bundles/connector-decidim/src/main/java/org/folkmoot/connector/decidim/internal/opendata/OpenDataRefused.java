package org.folkmoot.connector.decidim.internal.opendata;

/**
 * The whole upload is refused, before anything is written: not a ZIP, a ZIP bomb, an entry over the limits,
 * another site's export, a CSV file that cannot be parsed. The message says what is wrong and what to do.
 */
public final class OpenDataRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient OpenDataMessage said;

    public OpenDataRefused(OpenDataMessage said) {
        super(said.english());
        this.said = said;
    }

    public OpenDataRefused(OpenDataMessage said, Throwable cause) {
        super(said.english(), cause);
        this.said = said;
    }

    /** What is wrong and what to do, in either language. */
    public OpenDataMessage said() {
        return said;
    }
}
