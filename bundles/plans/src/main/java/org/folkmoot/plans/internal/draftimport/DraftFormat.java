package org.folkmoot.plans.internal.draftimport;

/** The formats a first draft can be imported from. */
public enum DraftFormat {
    /** CommonMark text, UTF-8. */
    MARKDOWN,
    /** OpenDocument text ({@code application/vnd.oasis.opendocument.text}), as LibreOffice writes it. */
    ODT,
    /** Office Open XML word-processing document, as Word writes it. */
    DOCX
}
