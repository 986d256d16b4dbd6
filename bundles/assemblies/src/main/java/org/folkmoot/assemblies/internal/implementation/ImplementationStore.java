package org.folkmoot.assemblies.internal.implementation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.assemblies.internal.recommendations.Sql;

/** Actions, their updates and the progress reports published, in the caller's transaction. */
public final class ImplementationStore {

    public List<ImplementationAction> actions(Connection c, String assemblyId) throws SQLException {
        Map<String, List<ActionUpdate>> updates = Sql.list(c, "SELECT u.* FROM assemblies_action_update u JOIN assemblies_action a"
                + " ON a.id = u.action_id WHERE a.assembly_id = ? ORDER BY u.on_date, u.recorded_at", rs -> Map.entry(
                rs.getString("action_id"), new ActionUpdate(Sql.date(rs, "on_date"), ActionStatus.valueOf(rs.getString("status")),
                        rs.getInt("progress"), new LocalisedText(rs.getString("note_en"), rs.getString("note_cy")))), assemblyId)
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return Sql.list(c, "SELECT * FROM assemblies_action WHERE assembly_id = ? ORDER BY number, created_at, id",
                rs -> new ImplementationAction(rs.getString("id"), rs.getInt("number"),
                        new LocalisedText(rs.getString("title_en"), rs.getString("title_cy")), rs.getString("service"),
                        ActionStatus.valueOf(rs.getString("status")), rs.getInt("progress"),
                        updates.getOrDefault(rs.getString("id"), List.of())), assemblyId);
    }

    public String add(Connection c, String assemblyId, int number, LocalisedText title, String service, Instant at) throws SQLException {
        String id = UUID.randomUUID().toString();
        Sql.update(c, "INSERT INTO assemblies_action (id, assembly_id, number, title_en, title_cy, service, status, progress, created_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?)", id, assemblyId, number, title.en(), title.cy(), service, ActionStatus.PLANNED, 0, at);
        return id;
    }

    public void update(Connection c, String actionId, ActionUpdate u, String by, Instant at) throws SQLException {
        Sql.update(c, "INSERT INTO assemblies_action_update (id, action_id, on_date, status, progress, note_en, note_cy, recorded_by,"
                + " recorded_at) VALUES (?,?,?,?,?,?,?,?,?)", UUID.randomUUID().toString(), actionId, u.onDate(), u.status(),
                u.progress(), u.note().en(), u.note().cy(), by, at);
        // the action shows its latest update by date (an update entered late for an earlier day does not win)
        Sql.update(c, "UPDATE assemblies_action SET status = ?, progress = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM"
                + " assemblies_action_update x WHERE x.action_id = ? AND x.on_date > ?)", u.status(), u.progress(), actionId,
                actionId, u.onDate());
    }

    public List<ProgressReport> reports(Connection c, String assemblyId) throws SQLException {
        return Sql.list(c, "SELECT * FROM assemblies_progress_report WHERE assembly_id = ? ORDER BY due_on", rs -> new ProgressReport(
                Sql.date(rs, "due_on"), Sql.date(rs, "published_on"),
                new LocalisedText(rs.getString("summary_en"), rs.getString("summary_cy"))), assemblyId);
    }

    public void publish(Connection c, String assemblyId, ProgressReport r, String by) throws SQLException {
        Sql.update(c, "INSERT INTO assemblies_progress_report (assembly_id, due_on, published_on, summary_en, summary_cy, recorded_by)"
                + " VALUES (?,?,?,?,?,?)", assemblyId, r.dueOn(), r.publishedOn(), r.summary().en(), r.summary().cy(), by);
    }
}
