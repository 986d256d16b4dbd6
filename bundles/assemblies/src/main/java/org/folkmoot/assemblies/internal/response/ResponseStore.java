package org.folkmoot.assemblies.internal.response;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.recommendations.Sql;

/** The council's responses, in the caller's transaction. */
public final class ResponseStore {

    public List<CouncilResponse> all(Connection c, String assemblyId) throws SQLException {
        return Sql.list(c, "SELECT * FROM assemblies_response WHERE assembly_id = ? ORDER BY number", rs -> new CouncilResponse(
                rs.getInt("number"), Decision.valueOf(rs.getString("decision")),
                new LocalisedText(rs.getString("reasons_en"), rs.getString("reasons_cy")), rs.getString("service"),
                Sql.date(rs, "responded_on")), assemblyId);
    }

    /** Keeps a response, replacing an earlier one to the same recommendation. */
    public void save(Connection c, String assemblyId, CouncilResponse r, String by, Instant at) throws SQLException {
        Sql.update(c, "DELETE FROM assemblies_response WHERE assembly_id = ? AND number = ?", assemblyId, r.number());
        Sql.update(c, "INSERT INTO assemblies_response (assembly_id, number, decision, reasons_en, reasons_cy, service, responded_on,"
                + " recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?)", assemblyId, r.number(), r.decision(), r.reasons().en(),
                r.reasons().cy(), r.service(), r.respondedOn(), by, at);
    }
}
