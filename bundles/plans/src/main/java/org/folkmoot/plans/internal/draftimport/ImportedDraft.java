package org.folkmoot.plans.internal.draftimport;

import java.util.List;
import java.util.Objects;

/**
 * A document read as a first draft.
 *
 * @param format   the format its bytes showed
 * @param sections its sections in order; never empty
 */
public record ImportedDraft(DraftFormat format, List<DraftSection> sections) {

    public ImportedDraft {
        Objects.requireNonNull(format, "format");
        sections = List.copyOf(sections);
    }
}
