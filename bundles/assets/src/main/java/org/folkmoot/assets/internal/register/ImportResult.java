package org.folkmoot.assets.internal.register;

import java.util.List;

/**
 * What an import did: {@code imported} rows were stored (new or updated); each rejected row is
 * reported with the line of the file it starts on. {@code unusable} says the file itself could not be
 * used (no header, or broken before any row could be read), as against some of its rows.
 */
public record ImportResult(int imported, int created, int updated, List<LineError> errors, boolean unusable) {

    /** A row that could not be imported. */
    public record LineError(long line, String message) {
    }

    public ImportResult {
        errors = List.copyOf(errors);
    }

    /** The file could not be used at all: nothing was read from it. */
    static ImportResult refused(LineError why) {
        return new ImportResult(0, 0, 0, List.of(why), true);
    }
}
