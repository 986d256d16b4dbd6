package org.folkmoot.plans.internal.draftimport;

import java.util.List;
import java.util.Objects;

/**
 * A document that cannot be imported, with the reason in words an officer can act on. The page shows
 * {@link #messageKey()} with {@link #arguments()} in the page's language; {@link #getMessage()} is the English.
 */
public final class DraftRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a document was refused. */
    public enum Reason {
        /** Not Markdown, ODT or DOCX (a PDF, a spreadsheet, an image, an old .doc). */
        NOT_A_DRAFT_FORMAT("plans.import.refused.format"),
        /** Larger than the document limit. */
        TOO_LARGE("plans.import.refused.tooLarge"),
        /** One section longer than the section limit. */
        SECTION_TOO_LONG("plans.import.refused.sectionTooLong"),
        /** A DOCX or ODT whose ZIP or XML cannot be read. */
        DAMAGED("plans.import.refused.damaged"),
        /** A ZIP that inflates far beyond its size. */
        INFLATES_TOO_FAR("plans.import.refused.inflates"),
        /** Markdown with thousands of markup characters in one paragraph, or nested hundreds deep: built to stall a parser. */
        MARKUP_TOO_COMPLEX("plans.import.refused.markup"),
        /** Readable, but with no text at all. */
        EMPTY("plans.import.refused.empty");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final List<Object> arguments;

    public DraftRefused(Reason reason, String englishMessage, List<?> arguments) {
        super(englishMessage);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.arguments = List.copyOf(arguments);
    }

    public Reason reason() {
        return reason;
    }

    /** The message key under {@code # comparison, import and publication} in the module's messages. */
    public String messageKey() {
        return reason.messageKey();
    }

    /** The message's arguments (numbers, a heading). */
    public List<Object> arguments() {
        return arguments;
    }
}
