package org.folkmoot.plans.internal.draftimport;

import java.io.InputStream;

/** Reads a first draft from a Markdown, ODT or DOCX document, deciding which by its content. Thread-safe. */
public final class DraftImporter {

    private final DraftLimits limits;

    public DraftImporter(DraftLimits limits) {
        this.limits = limits;
    }

    public DraftImporter() {
        this(DraftLimits.DEFAULT);
    }

    /**
     * Reads the document; reads at most one byte past {@link DraftLimits#maxDocumentBytes()} from the stream.
     *
     * @throws DraftRefused if it is not a draft this can read, or is over a limit
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public ImportedDraft read(InputStream document) {
        throw new UnsupportedOperationException("filled in next");
    }

    /** As {@link #read(InputStream)}, for a document already in memory. */
    public ImportedDraft read(byte[] document) {
        return read(new java.io.ByteArrayInputStream(document));
    }

    public DraftLimits limits() {
        return limits;
    }
}
