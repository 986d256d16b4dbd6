package org.folkmoot.assets.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done in the transaction that saves a case, after its rows are written (e.g. scheduling reminders). */
@FunctionalInterface
public interface AfterSave {
    AfterSave NOTHING = (tx, c) -> { };

    void saved(Connection tx, CaseFile<?> c) throws SQLException;
}
