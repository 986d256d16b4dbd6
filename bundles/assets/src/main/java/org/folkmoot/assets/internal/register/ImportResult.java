package org.folkmoot.assets.internal.register;

import java.util.List;

/**
 * What an import did: {@code imported} rows were stored (new or updated); each rejected row is
 * reported with the line of the file it starts on.
 */
public record ImportResult(int imported, int created, int updated, List<LineError> errors) {

    /** A row that could not be imported. */
    public record LineError(long line, String message) {
    }

    public ImportResult {
        errors = List.copyOf(errors);
    }
}
